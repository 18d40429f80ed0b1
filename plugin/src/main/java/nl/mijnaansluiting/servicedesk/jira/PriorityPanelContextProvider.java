package nl.mijnaansluiting.servicedesk.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.ContextProvider;
import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.access.CallerSource;
import nl.mijnaansluiting.servicedesk.access.People;
import nl.mijnaansluiting.servicedesk.priority.PriorityDecision;
import nl.mijnaansluiting.servicedesk.priority.PriorityDecisions;
import nl.mijnaansluiting.servicedesk.text.Messages;
import nl.mijnaansluiting.servicedesk.workflow.IssueIntake;
import nl.mijnaansluiting.servicedesk.web.PageTexts;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The issue's "Prioriteit uit antwoorden" panel for agents: the derived level with its explanation,
 * and who set it by hand and why, with the mismatch named. Deelnemers get nothing (the panel stays empty).
 */
public class PriorityPanelContextProvider implements ContextProvider {

    private final PriorityDecisions decisions;
    private final CallerSource callers;
    private final Messages messages;
    private final People people;
    private final IssueIntake intake;

    public PriorityPanelContextProvider(PriorityDecisions decisions, CallerSource callers, Messages messages, People people,
                                        IssueIntake intake) {
        this.people = people;
        this.intake = intake;
        this.decisions = decisions;
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
        Optional<Caller> caller = callers.current().filter(Caller::isStaff);
        Locale locale = caller.map(Caller::locale).orElse(Messages.DUTCH);
        values.put("texts", new PageTexts(messages, locale));
        Object issue = context.get("issue");
        if (caller.isPresent() && issue instanceof Issue) {
            // A request whose post-function did not finish gets its decision and clocks now (issue 17).
            intake.repair(((Issue) issue).getKey());
        }
        Optional<PriorityDecision> decision = caller.isPresent() && issue instanceof Issue
                ? decisions.of(((Issue) issue).getKey()) : Optional.empty();
        values.put("decision", decision.map(d -> view(d, locale)).orElse(null));
        return values;
    }

    private Map<String, Object> view(PriorityDecision decision, Locale locale) {
        Map<String, Object> view = new HashMap<>();
        view.put("priority", decision.level());
        view.put("derivedPriority", decision.derivedLevel());
        view.put("explanation", decision.explanation().in(locale));
        view.put("mismatch", decision.mismatch());
        view.put("byHand", decision.override().map(o -> messages.text(locale, "ma.workflow.priority.panel.by-hand",
                people.displayName(o.by()), o.reason())).orElse(""));
        return view;
    }
}
