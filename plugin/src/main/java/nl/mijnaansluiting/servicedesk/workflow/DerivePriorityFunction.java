package nl.mijnaansluiting.servicedesk.workflow;

import com.atlassian.jira.event.type.EventDispatchOption;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.FunctionProvider;
import com.opensymphony.workflow.WorkflowException;
import nl.mijnaansluiting.servicedesk.error.ProblemException;
import nl.mijnaansluiting.servicedesk.priority.PriorityDecision;
import nl.mijnaansluiting.servicedesk.priority.PriorityDecisions;
import nl.mijnaansluiting.servicedesk.priority.PrioritySchemes;
import nl.mijnaansluiting.servicedesk.priority.Product;
import nl.mijnaansluiting.servicedesk.request.RequestTemplate;
import nl.mijnaansluiting.servicedesk.sla.RequestClocks;
import nl.mijnaansluiting.servicedesk.text.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Post-function "Prioriteit bepalen uit antwoorden". On Create (placed after "Creates the issue
 * originally") and on any transition that follows changed answers: reads the answers from the mapped
 * custom fields, derives the level with the scheme in force, records the decision with its explanation
 * (shown to agents in the issue's priority panel) and sets the Jira priority mapped to that level.
 * If an agent changed the Jira priority since the last derivation, that hand-set level is kept and
 * recorded, and the difference with the derived level is shown (Prioriteitongelijkheid).
 * As JMWE does, an error is logged and the transition goes on, unless "fail on error" is ticked.
 */
public class DerivePriorityFunction implements FunctionProvider {

    private static final Logger LOG = LoggerFactory.getLogger(DerivePriorityFunction.class);

    private final PriorityDecisions decisions;
    private final PrioritySchemes schemes;
    private final CustomFieldManager customFields;
    private final IssueManager issues;
    private final JiraAuthenticationContext authentication;
    private final Messages messages;
    private final RequestClocks clocks;
    private final Clock clock;

    public DerivePriorityFunction(PriorityDecisions decisions, PrioritySchemes schemes, CustomFieldManager customFields,
                                  IssueManager issues, JiraAuthenticationContext authentication, Messages messages,
                                  RequestClocks clocks, Clock clock) {
        this.clocks = clocks;
        this.clock = clock;
        this.decisions = decisions;
        this.schemes = schemes;
        this.customFields = customFields;
        this.issues = issues;
        this.authentication = authentication;
        this.messages = messages;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void execute(Map transientVars, Map args, PropertySet ps) throws WorkflowException {
        MutableIssue issue = (MutableIssue) transientVars.get("issue");
        PriorityFunctionConfig config = new PriorityFunctionConfig(args);
        try {
            derive(issue, config);
        } catch (ProblemException | IllegalStateException failure) {
            String message = failure instanceof ProblemException
                    ? messages.text(Messages.DUTCH, ((ProblemException) failure).messageKey(), ((ProblemException) failure).arguments())
                    : failure.getMessage();
            if (config.failOnError) {
                throw new WorkflowException(messages.text(Messages.DUTCH, "ma.workflow.priority.failed", message));
            }
            LOG.error("Priority of {} not derived from the answers: {}", issue == null ? "?" : issue.getKey(), message);
        }
    }

    void derive(MutableIssue issue, PriorityFunctionConfig config) {
        if (issue == null || issue.getKey() == null) {
            throw new IllegalStateException("no stored issue: place the post-function after \"Creates the issue originally\"");
        }
        String productKey = product(issue, config);
        Product product = schemes.find(config.scheme).product(productKey)
                .orElseThrow(() -> ProblemException.notFound("ma.priority.error.unknown-product", productKey, config.scheme));
        Map<String, String> answers = new LinkedHashMap<>();
        config.fieldsFor(productKey).forEach((question, fieldId) -> {
            CustomField field = customFields.getCustomFieldObject(fieldId);
            if (field == null) {
                throw new IllegalStateException("custom field " + fieldId + " for question " + question + " does not exist");
            }
            String value = answer(issue.getCustomFieldValue(field));
            if (!value.isEmpty()) {
                answers.put(question, value);
            }
        });
        ApplicationUser user = authentication.getLoggedInUser();
        Optional<PriorityDecision> before = decisions.of(issue.getKey());
        String current = issue.getPriority() == null ? null : issue.getPriority().getId();
        if (before.isPresent() && current != null && !current.equals(config.levelPriorities.get(before.get().level()))) {
            // Someone changed the Jira priority since we set it: that is a hand-set level, and it stays.
            levelOf(current, config).ifPresent(level -> decisions.noticeSetByHand(issue.getKey(), level,
                    user == null ? "jira" : user.getUsername(), messages.text(Messages.DUTCH, "ma.workflow.priority.changed-in-jira")));
        }
        PriorityDecision decision = decisions.derive(issue.getKey(), config.scheme, productKey, product.answersByKey(answers));
        if (decision.slaApplies() && clocks.of(issue.getKey()).isEmpty()) {
            // The first derivation (on Create) starts the goals' clocks; only on Productie (seed 000).
            clocks.start(issue.getKey(), config.scheme, decision.level(),
                    RequestTemplate.SECURITY_INCIDENT.equals(productKey) ? "datalek" : "incident", clock.instant(),
                    nl.mijnaansluiting.servicedesk.sla.ClockEvent.Cause.transition(user == null ? null : user.getUsername(), null));
        }
        if (decision.override().isPresent()) {
            return;
        }
        String priorityId = config.levelPriorities.get(decision.level());
        if (priorityId == null) {
            throw new IllegalStateException("no Jira priority mapped to level " + decision.level());
        }
        if (!priorityId.equals(current)) {
            issue.setPriorityId(priorityId);
            issues.updateIssue(user, issue, EventDispatchOption.DO_NOT_DISPATCH, false);
        }
    }

    private String product(MutableIssue issue, PriorityFunctionConfig config) {
        if (config.productField.isEmpty()) {
            return config.product;
        }
        CustomField field = customFields.getCustomFieldObject(config.productField);
        if (field == null) {
            throw new IllegalStateException("custom field " + config.productField + " for the product does not exist");
        }
        String value = answer(issue.getCustomFieldValue(field));
        return value.isEmpty() ? config.product : value;
    }

    private static Optional<String> levelOf(String priorityId, PriorityFunctionConfig config) {
        return config.levelPriorities.entrySet().stream().filter(e -> e.getValue().equals(priorityId))
                .map(Map.Entry::getKey).findFirst();
    }

    /** A field's value as an answer: a select list's option text, the first of several, a number or text. */
    static String answer(Object value) {
        if (value instanceof Collection) {
            Collection<?> values = (Collection<?>) value;
            return values.isEmpty() ? "" : answer(values.iterator().next());
        }
        if (value instanceof Option) {
            return ((Option) value).getValue() == null ? "" : ((Option) value).getValue().trim();
        }
        if (value instanceof Double && ((Double) value) == Math.rint((Double) value)) {
            return String.valueOf(((Double) value).longValue());
        }
        return value == null ? "" : value.toString().trim();
    }
}
