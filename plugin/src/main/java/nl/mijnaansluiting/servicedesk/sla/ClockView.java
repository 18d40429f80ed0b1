package nl.mijnaansluiting.servicedesk.sla;

import nl.mijnaansluiting.servicedesk.text.Formats;
import nl.mijnaansluiting.servicedesk.text.Messages;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A request's clocks as an agent racing them reads them, the same on the sandbox's request page and in
 * Jira's issue panel: goal, target, calendar, due moment, state, used and
 * remaining working time, formatted for the reader; what is due first comes first.
 */
public final class ClockView {

    private final RequestClocks clocks;
    private final Messages messages;

    public ClockView(RequestClocks clocks, Messages messages) {
        this.clocks = clocks;
        this.messages = messages;
    }

    /** The rows in the reader's language and zone: "3 werkdagen", "1 dec. 2026 08:17", "2 u 10 m". */
    public List<Map<String, Object>> rows(String requestKey, Formats formats, Instant now) {
        Locale locale = formats.language();
        List<ClockStore.StoredClock> stored = new ArrayList<>(clocks.of(requestKey));
        stored.sort(Comparator.comparing(c -> c.clock().dueAt().orElse(Instant.MAX)));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ClockStore.StoredClock clock : stored) {
            BusinessCalendar calendar = clocks.calendar(clock.calendarKey());
            SlaClock sla = clock.clock();
            String state = sla.state() == SlaClock.State.RUNNING && sla.isBreachedAt(calendar, now) ? "breached"
                    : sla.state().name().toLowerCase(Locale.ROOT);
            Map<String, Object> row = new HashMap<>();
            row.put("metricKey", sla.metric());
            row.put("metric", messages.text(locale, "ma.sla.metric." + sla.metric()));
            row.put("target", clocks.target(clock).filter(t -> t.workingDays() > 0)
                    .map(t -> formats.workingDays(t.workingDays())).orElse(formats.duration(sla.target())));
            row.put("calendar", CalendarNames.of(messages, locale, calendar));
            // A status rhythm repeats: the next status in its sequence, and the rule in words.
            row.put("dueAt", (sla.rhythm().isPresent() ? sla.nextDueAfter(calendar, now) : sla.dueAt())
                    .map(formats::dateTime).orElse(""));
            row.put("rule", sla.rhythm().map(r -> r.words(messages, locale, calendar)).orElse(""));
            row.put("stateKey", state);
            row.put("state", messages.text(locale, "ma.sla.state." + state));
            row.put("used", formats.duration(sla.usedAt(calendar, now)));
            row.put("remaining", formats.duration(sla.remainingAt(calendar, now)));
            rows.add(row);
        }
        return rows;
    }
}
