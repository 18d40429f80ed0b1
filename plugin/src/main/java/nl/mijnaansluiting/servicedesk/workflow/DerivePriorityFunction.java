package nl.mijnaansluiting.servicedesk.workflow;

import com.atlassian.jira.issue.MutableIssue;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.FunctionProvider;
import com.opensymphony.workflow.WorkflowException;
import nl.mijnaansluiting.servicedesk.error.ProblemException;
import nl.mijnaansluiting.servicedesk.text.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Post-function "Prioriteit bepalen uit antwoorden". On Create (placed after "Creates the issue
 * originally") and on any transition that follows changed answers: reads the answers from the mapped
 * custom fields, derives the level with the scheme in force, records the decision with its explanation
 * (shown to agents in the issue's priority panel) and sets the Jira priority mapped to that level.
 * If an agent changed the Jira priority since the last derivation, that hand-set level is kept and
 * recorded, and the difference with the derived level is shown (Prioriteitongelijkheid).
 * As JMWE does, an error is logged and the transition goes on, unless "fail on error" is ticked.
 * The work is {@link IssueIntake}'s: decision and clocks in one transaction, repaired if it did not finish.
 */
public class DerivePriorityFunction implements FunctionProvider {

    private static final Logger LOG = LoggerFactory.getLogger(DerivePriorityFunction.class);

    private final IssueIntake intake;
    private final Messages messages;

    public DerivePriorityFunction(IssueIntake intake, Messages messages) {
        this.intake = intake;
        this.messages = messages;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void execute(Map transientVars, Map args, PropertySet ps) throws WorkflowException {
        MutableIssue issue = (MutableIssue) transientVars.get("issue");
        PriorityFunctionConfig config = new PriorityFunctionConfig(args);
        try {
            intake.derive(issue, settings(args));
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

    /** The post-function's arguments as text (OSWorkflow keeps them as strings). */
    @SuppressWarnings("rawtypes")
    private static Map<String, String> settings(Map args) {
        Map<String, String> settings = new LinkedHashMap<>();
        if (args != null) {
            ((Map<?, ?>) args).forEach((k, v) -> {
                if (k != null && v != null) {
                    settings.put(k.toString(), v.toString());
                }
            });
        }
        return settings;
    }
}
