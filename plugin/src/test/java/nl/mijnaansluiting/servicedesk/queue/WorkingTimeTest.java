package nl.mijnaansluiting.servicedesk.queue;

import org.junit.Test;

import java.time.Duration;
import java.util.Locale;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

/** Working time on a lozenge as a Dutch or English reader expects it, and the bounds of a "due within". */
public class WorkingTimeTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Test
    public void hoursAndMinutes() {
        assertEquals("3 u 10 m", WorkingTime.text(Duration.ofMinutes(190), DUTCH));
        assertEquals("3 h 10 m", WorkingTime.text(Duration.ofMinutes(190), Locale.ENGLISH));
        assertEquals("27 u", WorkingTime.text(Duration.ofHours(27), DUTCH));
        assertEquals("45 m", WorkingTime.text(Duration.ofMinutes(45), DUTCH));
        assertEquals("< 1 m", WorkingTime.text(Duration.ofSeconds(20), DUTCH));
        assertEquals("0 m", WorkingTime.text(Duration.ZERO, DUTCH));
        assertEquals("0 m", WorkingTime.text(Duration.ofMinutes(-5), DUTCH));
    }

    @Test
    public void aDueWithinLiesBetweenNothingAndAYear() {
        assertThrows(IllegalArgumentException.class, () -> SlaCondition.dueWithin(null, Duration.ofMinutes(-1)));
        assertThrows(IllegalArgumentException.class, () -> SlaCondition.dueWithin(null, Duration.ofDays(400)));
        assertThrows(IllegalArgumentException.class, () -> SlaQuery.all().page(0, SlaQuery.MAX_PAGE_SIZE + 1));
        assertThrows(IllegalArgumentException.class, () -> SlaQuery.all().page(-1, 50));
        assertEquals("resolution", SlaCondition.dueWithin("resolution", Duration.ofHours(1)).goal().orElseThrow());
    }

    @Test
    public void aJqlArgumentReadsHoursAndMinutesUpToAYear() {
        assertEquals(java.util.Optional.of(Duration.ofHours(1)), WorkingTime.parse("1h"));
        assertEquals(java.util.Optional.of(Duration.ofHours(1)), WorkingTime.parse(" 1u "));
        assertEquals(java.util.Optional.of(Duration.ofMinutes(30)), WorkingTime.parse("30m"));
        assertEquals(java.util.Optional.of(Duration.ofMinutes(150)), WorkingTime.parse("2h 30m"));
        assertEquals(java.util.Optional.of(Duration.ofMinutes(150)), WorkingTime.parse("2H30M"));
        assertEquals(java.util.Optional.of(Duration.ofHours(8784)), WorkingTime.parse("8784h"));
        for (String wrong : new String[] {null, "", " ", "h", "1", "-1h", "1.5h", "een uur", "1d", "8785h", "1h 1h"}) {
            assertEquals(wrong, java.util.Optional.empty(), WorkingTime.parse(wrong));
        }
        // Every match for a JQL function is one query, not a page; any other size over a page is refused.
        assertEquals(SlaQuery.MAX_MATCHES, SlaQuery.all().everyMatch().limit());
        assertEquals(0, SlaQuery.all().page(100, 50).everyMatch().offset());
    }
}
