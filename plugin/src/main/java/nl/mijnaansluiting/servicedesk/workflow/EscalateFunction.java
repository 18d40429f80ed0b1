package nl.mijnaansluiting.servicedesk.workflow;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.FunctionProvider;
import com.opensymphony.workflow.WorkflowException;
import nl.mijnaansluiting.servicedesk.access.CallerSource;
import nl.mijnaansluiting.servicedesk.error.ProblemException;
import nl.mijnaansluiting.servicedesk.escalation.Escalations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/**
 * Post-function of "Escaleren" / "De-escaleren": raises or lowers the request's escalation level, records
 * the reason and explanation from the transition screen in the escalation log, and notifies whom the
 * policy names. Put {@link EscalationReasonValidator} on the same transition; what it let through
 * cannot fail here except by a race, which is logged.
 */
public class EscalateFunction implements FunctionProvider {

    private static final Logger LOG = LoggerFactory.getLogger(EscalateFunction.class);

    private final Escalations escalations;
    private final CustomFieldManager customFields;
    private final CallerSource callers;

    public EscalateFunction(Escalations escalations, CustomFieldManager customFields, CallerSource callers) {
        this.escalations = escalations;
        this.customFields = customFields;
        this.callers = callers;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void execute(Map transientVars, Map args, PropertySet ps) throws WorkflowException {
        Issue issue = (Issue) transientVars.get("issue");
        if (issue == null || issue.getKey() == null) {
            LOG.error("Escalation post-function without a stored issue");
            return;
        }
        String explanation = EscalationTransition.value(customFields, issue, args.get(EscalationTransition.EXPLANATION_FIELD));
        try {
            if (EscalationTransition.up(args)) {
                escalations.escalate(callers.current().orElse(null), issue.getKey(),
                        EscalationTransition.value(customFields, issue, args.get(EscalationTransition.REASON_FIELD)), explanation);
            } else {
                escalations.deescalate(callers.current().orElse(null), issue.getKey(), explanation);
            }
        } catch (ProblemException problem) {
            LOG.error("{} not {}: {}", issue.getKey(), EscalationTransition.up(args) ? "escalated" : "de-escalated", problem.getMessage());
        }
    }
}
