package nl.mijnaansluiting.servicedesk.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.ContextProvider;
import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.access.CallerSource;
import nl.mijnaansluiting.servicedesk.sla.ClockHistoryView;
import nl.mijnaansluiting.servicedesk.text.Formats;
import nl.mijnaansluiting.servicedesk.text.Messages;
import nl.mijnaansluiting.servicedesk.web.PageTexts;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The issue's "SLA-geschiedenis" panel for agents: every step of every goal's clock, who or what caused it
 * (a transition, an agent, a change of configuration, a recalculation) and the due moment before and after.
 */
public class SlaHistoryPanelContextProvider implements ContextProvider {

    private final ClockHistoryView history;
    private final CallerSource callers;
    private final Messages messages;

    public SlaHistoryPanelContextProvider(ClockHistoryView history, CallerSource callers, Messages messages) {
        this.history = history;
        this.callers = callers;
        this.messages = messages;
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
        values.put("steps", agent.isPresent() && issue instanceof Issue ? history.rows(((Issue) issue).getKey(),
                Formats.of(messages, locale, agent.get().zone())) : List.of());
        return values;
    }
}
