package nl.mijnaansluiting.servicedesk.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.SortableCustomField;
import com.atlassian.jira.issue.customfields.impl.CalculatedCFType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.access.CallerSource;
import nl.mijnaansluiting.servicedesk.queue.SlaLozenge;
import nl.mijnaansluiting.servicedesk.queue.SlaQueue;
import nl.mijnaansluiting.servicedesk.text.Formats;
import nl.mijnaansluiting.servicedesk.text.Messages;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The read-only custom field "SLA" for JSM queues, issue views and lists: every goal of the request as a lozenge with
 * its remaining or overdue working time, in the goal's calendar (green; amber from the escalation policy's warning
 * share; red once breached; grey while paused or once met), computed from the add-on's clocks when Jira shows it.
 * One field shows all goals, as the agents' queue does: goals are configuration (a goal set adds "ap-report" or
 * "rca"), so a field type per goal would need a plugin module per goal known when the jar is built. It sorts by the
 * earliest due moment ({@link SlaFieldValue#sortMoment()}); selecting is the JQL functions' job
 * ({@link SlaJqlFunction}), which ask the database at search time, because "due within 1 h" changes with the clock.
 */
public class SlaFieldType extends CalculatedCFType<SlaFieldValue, SlaFieldValue> implements SortableCustomField<SlaFieldValue> {

    private final SlaQueue queue;
    private final CallerSource callers;
    private final Messages messages;

    public SlaFieldType(SlaQueue queue, CallerSource callers, Messages messages) {
        this.queue = queue;
        this.callers = callers;
        this.messages = messages;
    }

    /** The request's goals now, read in one indexed query (SLA_CLOCK by REQUEST_KEY); null without clocks. */
    @Override
    public SlaFieldValue getValueFromIssue(CustomField field, Issue issue) {
        if (issue == null || issue.getKey() == null) {
            return null;
        }
        Instant now = queue.now();
        Map<String, List<SlaLozenge>> lozenges = queue.lozenges(List.of(issue.getKey()), now);
        List<SlaLozenge> goals = lozenges.getOrDefault(issue.getKey(), List.of());
        if (goals.isEmpty()) {
            return null;
        }
        Optional<Caller> reader = callers.current();
        Locale locale = reader.map(Caller::locale).orElse(Messages.DUTCH);
        return SlaFieldValue.of(goals, messages, Formats.of(messages, locale,
                reader.map(Caller::zone).orElse(Formats.DEFAULT_ZONE)));
    }

    /** One line of plain text: what Jira writes in exports. */
    @Override
    public String getStringFromSingularObject(SlaFieldValue value) {
        return value == null ? null : value.toString();
    }

    /** Nobody types an SLA: the field is calculated, so no text becomes a value. */
    @Override
    public SlaFieldValue getSingularObjectFromString(String text) {
        return null;
    }

    /** Due first, as the agents' queue: running goals by due moment, then waiting requests, then reached ones. */
    @Override
    public int compare(SlaFieldValue first, SlaFieldValue second, FieldConfig fieldConfig) {
        return first.compareTo(second);
    }
}
