package nl.mijnaansluiting.servicedesk.jira;

import nl.mijnaansluiting.servicedesk.access.CallerSource;
import nl.mijnaansluiting.servicedesk.queue.SlaCondition;
import nl.mijnaansluiting.servicedesk.queue.SlaQueue;
import nl.mijnaansluiting.servicedesk.queue.SlaState;
import nl.mijnaansluiting.servicedesk.text.Messages;

import java.util.List;

/** {@code issue in slaPaused()} or {@code issue in slaPaused("resolution")}: a goal (or any goal) PAUSED now ({@link SlaState#PAUSED}). */
public class SlaPausedFunction extends SlaJqlFunction {

    public static final String NAME = "slaPaused";

    public SlaPausedFunction(SlaQueue queue, CallerSource callers, Messages messages) {
        super(queue, callers, messages);
    }

    @Override
    public String getFunctionName() {
        return NAME;
    }

    @Override
    public int getMinimumNumberOfExpectedArguments() {
        return 0;
    }

    @Override
    protected SlaCondition condition(List<String> arguments) throws Refusal {
        return SlaCondition.in(optionalGoal(arguments, 0, "ma.jql.error.state-arguments").orElse(null), SlaState.PAUSED);
    }
}
