package nl.mijnaansluiting.servicedesk.jira;

import com.atlassian.plugin.web.Condition;
import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.access.CallerSource;

import java.util.Map;

/** Shows the add-on's links under Jira administration only to administrators (who are the only ones let in). */
public class AdminCondition implements Condition {

    private final CallerSource callers;

    public AdminCondition(CallerSource callers) {
        this.callers = callers;
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return callers.current().map(Caller::isAdmin).orElse(false);
    }
}
