package nl.mijnaansluiting.servicedesk.jira;

import com.atlassian.plugin.web.Condition;
import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.access.CallerSource;

import java.util.Map;

/** Shows the link to the compliance report only to staff (agents, service managers, admins), who may open it. */
public class StaffCondition implements Condition {

    private final CallerSource callers;

    public StaffCondition(CallerSource callers) {
        this.callers = callers;
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return callers.current().map(Caller::isStaff).orElse(false);
    }
}
