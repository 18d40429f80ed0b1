package nl.mijnaansluiting.servicedesk.sla;

import nl.mijnaansluiting.servicedesk.text.Messages;
import org.junit.Test;

import java.time.ZoneId;
import java.util.Locale;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;

/** Issue 15 (portal2): a shipped calendar's name in the reader's language; an admin's own name as typed. */
public class CalendarNamesTest {

    private final Messages messages = new Messages();

    @Test
    public void everyShippedCalendarHasItsNameInDutchAndEnglish() {
        for (BusinessCalendar calendar : SlaPresets.calendars().values()) {
            String dutch = CalendarNames.of(messages, Messages.DUTCH, calendar);
            String english = CalendarNames.of(messages, Locale.ENGLISH, calendar);
            assertNotEquals(calendar.key(), dutch, english);
            assertEquals("no Danish in the Dutch name of " + calendar.key(), false, dutch.matches(".*[æøå].*"));
            assertEquals("no Danish in the English name of " + calendar.key(), false, english.matches(".*[æøå].*"));
        }
        BusinessCalendar helpdesk = SlaPresets.calendars().get("helpdesk-mijn-aansluiting");
        assertEquals("Helpdesk Mijn Aansluiting (ma-vr 9:00-17:00)", CalendarNames.of(messages, Messages.DUTCH, helpdesk));
        assertEquals("Mijn Aansluiting helpdesk (Mon-Fri 9:00-17:00)", CalendarNames.of(messages, Locale.ENGLISH, helpdesk));
        assertEquals("Borger.dk primaire bedrijfstijd (ma-vr 8:30-16:30)",
                CalendarNames.of(messages, Messages.DUTCH, SlaPresets.calendars().get("borger-dk-primaer")));
    }

    @Test
    public void aNameAnAdminGaveIsShownAsTyped() {
        BusinessCalendar renamed = BusinessCalendar.aroundTheClock("klokuren", "Altijd open", ZoneId.of("Europe/Amsterdam"));
        assertEquals("Altijd open", CalendarNames.of(messages, Locale.ENGLISH, renamed));
        BusinessCalendar own = BusinessCalendar.aroundTheClock("weekend-dienst", "Weekenddienst", ZoneId.of("Europe/Amsterdam"));
        assertEquals("Weekenddienst", CalendarNames.of(messages, Locale.ENGLISH, own));
    }
}
