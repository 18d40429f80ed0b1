package nl.mijnaansluiting.servicedesk.sla;

import nl.mijnaansluiting.servicedesk.text.Messages;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A calendar's name in the reader's language. The shipped calendars carry one stored name (Dutch, or Danish for
 * borger.dk's): while an admin has not renamed one, people read the bundle's name for its key
 * ({@code ma.sla.calendar-name.<key>}); a name an admin typed is shown as typed.
 */
public final class CalendarNames {

    private static final Map<String, String> SHIPPED = SlaPresets.calendars().values().stream()
            .collect(Collectors.toMap(BusinessCalendar::key, BusinessCalendar::name));

    private CalendarNames() {
    }

    public static String of(Messages messages, Locale locale, BusinessCalendar calendar) {
        String key = "ma.sla.calendar-name." + calendar.key();
        if (!calendar.name().equals(SHIPPED.get(calendar.key()))) {
            return calendar.name();
        }
        String text = messages.text(locale, key);
        return text.equals(key) ? calendar.name() : text;
    }
}
