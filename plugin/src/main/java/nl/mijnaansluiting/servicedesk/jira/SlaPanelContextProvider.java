package nl.mijnaansluiting.servicedesk.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.ContextProvider;
import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.access.CallerSource;
import nl.mijnaansluiting.servicedesk.sla.ClockView;
import nl.mijnaansluiting.servicedesk.sla.RequestClocks;
import nl.mijnaansluiting.servicedesk.text.Formats;
import nl.mijnaansluiting.servicedesk.text.Messages;
import nl.mijnaansluiting.servicedesk.workflow.IssueIntake;
import nl.mijnaansluiting.servicedesk.web.PageTexts;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The issue's "SLA-doelen" panel for agents: every goal with its state, due moment, used and remaining time. */
public class SlaPanelContextProvider implements ContextProvider {

    private final RequestClocks clocks;
    private final CallerSource callers;
    private final Messages messages;
    private final Clock clock;
    private final IssueIntake intake;

    public SlaPanelContextProvider(RequestClocks clocks, CallerSource callers, Messages messages, Clock clock, IssueIntake intake) {
        this.intake = intake;
        this.clocks = clocks;
        this.callers = callers;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public void init(Map<String, String> params) {
        // No parameters.
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> values = new HashMap<>(context);
        Optional<Caller> agent = callers.current().filter(Caller::isStaff);
        Locale locale = agent.map(Caller::locale).orElse(Messages.DUTCH);
        values.put("texts", new PageTexts(messages, locale));
        Object issue = context.get("issue");
        if (agent.isPresent() && issue instanceof Issue) {
            // A request whose post-function did not finish gets its decision and clocks now (issue 17).
            intake.repair(((Issue) issue).getKey());
        }
        values.put("goals", agent.isPresent() && issue instanceof Issue
                ? new ClockView(clocks, messages).rows(((Issue) issue).getKey(),
                        Formats.of(messages, locale, agent.get().zone()), clock.instant()) : List.of());
        return values;
    }
}
