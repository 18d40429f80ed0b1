package nl.mijnaansluiting.servicedesk.workflow;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.Validator;
import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.access.CallerSource;
import nl.mijnaansluiting.servicedesk.error.FieldError;
import nl.mijnaansluiting.servicedesk.error.ProblemException;
import nl.mijnaansluiting.servicedesk.escalation.Escalations;
import nl.mijnaansluiting.servicedesk.text.Messages;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Validator of "Escaleren" (and "De-escaleren"): the transition goes through only with one of the
 * policy's reasons and a short explanation on its screen, and while there is a level to go to. A refusal
 * is translated for whoever makes the transition; nothing changes.
 */
public class EscalationReasonValidator implements Validator {

    private final Escalations escalations;
    private final CustomFieldManager customFields;
    private final CallerSource callers;
    private final Messages messages;

    public EscalationReasonValidator(Escalations escalations, CustomFieldManager customFields, CallerSource callers,
                                     Messages messages) {
        this.escalations = escalations;
        this.customFields = customFields;
        this.callers = callers;
        this.messages = messages;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void validate(Map transientVars, Map args, PropertySet ps) throws InvalidInputException {
        Issue issue = (Issue) transientVars.get("issue");
        Locale locale = callers.current().map(Caller::locale).orElse(Messages.DUTCH);
        if (issue == null || issue.getKey() == null) {
            throw new InvalidInputException(messages.text(locale, "ma.workflow.escalation.error.no-issue"));
        }
        String explanation = EscalationTransition.value(customFields, issue, args.get(EscalationTransition.EXPLANATION_FIELD));
        try {
            if (EscalationTransition.up(args)) {
                escalations.checkEscalation(issue.getKey(),
                        EscalationTransition.value(customFields, issue, args.get(EscalationTransition.REASON_FIELD)), explanation);
            } else {
                escalations.checkDeescalation(issue.getKey(), explanation);
            }
        } catch (ProblemException problem) {
            String text = problem.fieldErrorsOr(null).stream()
                    .map((FieldError e) -> messages.text(locale, e.messageKey(), e.arguments())).collect(Collectors.joining(" "));
            throw new InvalidInputException(text);
        }
    }
}
