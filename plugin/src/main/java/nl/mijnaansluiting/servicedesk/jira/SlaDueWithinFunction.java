package nl.mijnaansluiting.servicedesk.jira;

import nl.mijnaansluiting.servicedesk.access.CallerSource;
import nl.mijnaansluiting.servicedesk.queue.SlaCondition;
import nl.mijnaansluiting.servicedesk.queue.SlaQueue;
import nl.mijnaansluiting.servicedesk.queue.WorkingTime;
import nl.mijnaansluiting.servicedesk.text.Messages;

import java.time.Duration;
import java.util.List;

/**
 * {@code issue in slaDueWithin("1h")} or {@code slaDueWithin("1h", "resolution")}: a running goal not yet overdue that
 * becomes overdue within that working time, counted in each goal's own calendar (Friday 16:30 on office hours, one
 * working hour is Monday 9:30): the queue "Binnen een uur te laat".
 */
public class SlaDueWithinFunction extends SlaJqlFunction {

    public static final String NAME = "slaDueWithin";

    public SlaDueWithinFunction(SlaQueue queue, CallerSource callers, Messages messages) {
        super(queue, callers, messages);
    }

    @Override
    public String getFunctionName() {
        return NAME;
    }

    @Override
    public int getMinimumNumberOfExpectedArguments() {
        return 1;
    }

    @Override
    protected SlaCondition condition(List<String> arguments) throws Refusal {
        if (arguments.isEmpty()) {
            throw new Refusal("ma.jql.error.within-arguments", NAME);
        }
        Duration within = WorkingTime.parse(arguments.get(0))
                .orElseThrow(() -> new Refusal("ma.jql.error.within", arguments.get(0), NAME));
        return SlaCondition.dueWithin(optionalGoal(arguments, 1, "ma.jql.error.within-arguments").orElse(null), within);
    }
}
