package nl.mijnaansluiting.servicedesk.jira;

import nl.mijnaansluiting.servicedesk.access.CallerSource;
import nl.mijnaansluiting.servicedesk.queue.SlaCondition;
import nl.mijnaansluiting.servicedesk.queue.SlaQueue;
import nl.mijnaansluiting.servicedesk.queue.SlaState;
import nl.mijnaansluiting.servicedesk.text.Messages;

import java.util.List;

/**
 * {@code issue in slaX()} or {@code issue in slaX("resolution")}: a goal (or any goal) in one state now. Jira creates a
 * jql-function module from its class, so each state keeps a class of its own that only names itself and its state.
 */
public abstract class SlaStateFunction extends SlaJqlFunction {

    private final String name;
    private final SlaState state;

    protected SlaStateFunction(String name, SlaState state, SlaQueue queue, CallerSource callers, Messages messages) {
        super(queue, callers, messages);
        this.name = name;
        this.state = state;
    }

    @Override
    public String getFunctionName() {
        return name;
    }

    @Override
    public int getMinimumNumberOfExpectedArguments() {
        return 0;
    }

    @Override
    protected SlaCondition condition(List<String> arguments) throws Refusal {
        return SlaCondition.in(optionalGoal(arguments, 0, "ma.jql.error.state-arguments").orElse(null), state);
    }
}
