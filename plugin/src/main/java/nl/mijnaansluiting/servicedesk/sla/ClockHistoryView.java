package nl.mijnaansluiting.servicedesk.sla;

import nl.mijnaansluiting.servicedesk.text.Formats;
import nl.mijnaansluiting.servicedesk.text.Messages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A request's SLA history as an agent reads it, the same in Jira's issue panel, on the history page and
 * in REST's labels: per step of every clock when it took effect, the goal, what happened, who or what caused
 * it, the state after and the due moment before and after, in the reader's language ("1 dec. 2026 08:40").
 */
public final class ClockHistoryView {

    private final ClockStore clocks;
    private final Messages messages;
    private final nl.mijnaansluiting.servicedesk.access.People people;

    /** @param people who caused a step is shown by display name; the step keeps the username */
    public ClockHistoryView(ClockStore clocks, Messages messages, nl.mijnaansluiting.servicedesk.access.People people) {
        this.clocks = clocks;
        this.messages = messages;
        this.people = people;
    }

    public List<ClockEvent> events(String requestKey) {
        return clocks.history(requestKey);
    }

    /** The steps as {@code formats}' reader reads them: moments in their zone, durations in their language. */
    public List<Map<String, Object>> rows(String requestKey, Formats formats) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ClockEvent event : events(requestKey)) {
            rows.add(row(event, formats));
        }
        return rows;
    }

    public Map<String, Object> row(ClockEvent event, Formats formats) {
        Locale locale = formats.language();
        Map<String, Object> row = new HashMap<>();
        row.put("at", formats.dateTime(event.at()));
        row.put("metric", messages.text(locale, "ma.sla.metric." + event.metric()));
        row.put("kindKey", event.kind().name().toLowerCase(Locale.ROOT));
        row.put("kind", messages.text(locale, "ma.sla.history.kind." + event.kind().name().toLowerCase(Locale.ROOT)));
        row.put("cause", cause(event, locale));
        row.put("state", messages.text(locale, "ma.sla.state." + event.after().state().name().toLowerCase(Locale.ROOT)));
        row.put("dueBefore", formats.dateTime(event.dueBefore()));
        row.put("dueAfter", formats.dateTime(event.dueAfter().orElse(null)));
        row.put("used", formats.duration(event.after().used()));
        row.put("dueMoved", event.stateBefore() != null && !java.util.Objects.equals(event.dueBefore(), event.dueAfter().orElse(null)));
        return row;
    }

    /** "Transitie door agent (take)", "Configuratie gewijzigd door admin: kalender helpdesk-mijn-aansluiting". */
    public String cause(ClockEvent event, Locale locale) {
        ClockEvent.Cause cause = event.cause();
        String type = messages.text(locale, "ma.sla.history.cause." + cause.type().name().toLowerCase(Locale.ROOT));
        StringBuilder text = new StringBuilder(type);
        cause.actorName().ifPresent(actor -> text.append(' ').append(messages.text(locale, "ma.sla.history.by",
                people.displayName(actor))));
        cause.detailText().ifPresent(detail -> text.append(": ").append(detail(detail, locale)));
        return text.toString();
    }

    /** A configuration change's detail ("calendar:kantooruren") in words; other details as they are (a transition's name). */
    private String detail(String detail, Locale locale) {
        int colon = detail.indexOf(':');
        if (colon > 0) {
            String kind = detail.substring(0, colon);
            if (kind.equals(SlaSettingsStore.CALENDAR) || kind.equals(SlaSettingsStore.GOALS)) {
                return messages.text(locale, "ma.sla.history.detail." + kind, detail.substring(colon + 1));
            }
            if (kind.equals("scope")) {
                return scope(detail.substring(colon + 1), locale);
            }
        }
        return detail;
    }

    /** A recalculation's scope ("month:borger-dk/2026-11") in words: "maand 2026-11 van borger-dk". */
    public String scope(String described, Locale locale) {
        int colon = described.indexOf(':');
        if (colon < 0) {
            return described;
        }
        String type = described.substring(0, colon);
        String key = described.substring(colon + 1);
        if (type.equals("month") && key.contains("/")) {
            return messages.text(locale, "ma.sla.history.scope.month", key.substring(0, key.indexOf('/')), key.substring(key.indexOf('/') + 1));
        }
        return type.equals("request") || type.equals("deelnemer") || type.equals("scheme") ? messages.text(locale, "ma.sla.history.scope." + type, key) : described;
    }
}
