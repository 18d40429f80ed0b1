package nl.mijnaansluiting.servicedesk.jira;

import nl.mijnaansluiting.servicedesk.access.CallerSource;
import nl.mijnaansluiting.servicedesk.queue.SlaCondition;
import nl.mijnaansluiting.servicedesk.queue.SlaQueue;
import nl.mijnaansluiting.servicedesk.queue.SlaState;
import nl.mijnaansluiting.servicedesk.text.Messages;

import java.util.List;

/** {@code issue in slaMet()} or {@code issue in slaMet("resolution")}: a goal (or any goal) MET now ({@link SlaState#MET}). */
public class SlaMetFunction extends SlaJqlFunction {

    public static final String NAME = "slaMet";

    public SlaMetFunction(SlaQueue queue, CallerSource callers, Messages messages) {
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
        return SlaCondition.in(optionalGoal(arguments, 0, "ma.jql.error.state-arguments").orElse(null), SlaState.MET);
    }
}
