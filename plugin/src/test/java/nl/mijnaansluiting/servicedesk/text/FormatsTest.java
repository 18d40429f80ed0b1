package nl.mijnaansluiting.servicedesk.text;

import org.junit.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

import static org.junit.Assert.assertEquals;

public class FormatsTest {

    private final Messages messages = new Messages();
    private final Formats dutch = Formats.of(messages, Messages.DUTCH, ZoneId.of("Europe/Amsterdam"));
    private final Formats english = Formats.of(messages, Messages.ENGLISH, ZoneId.of("Europe/Amsterdam"));

    @Test
    public void durationsAreHoursAndMinutesNeverIsoCodes() {
        assertEquals("24 u", dutch.duration(Duration.ofHours(24)));
        assertEquals("1 u 10 m", dutch.duration(Duration.ofMinutes(70)));
        assertEquals("45 m", dutch.duration(Duration.ofMinutes(45)));
        assertEquals("0 m", dutch.duration(Duration.ZERO));
        assertEquals("0 m", dutch.duration(Duration.ofSeconds(59)));
        assertEquals("-2 u 5 m", dutch.duration(Duration.ofMinutes(-125)));
        assertEquals("1 h 10 m", english.duration(Duration.ofMinutes(70)));
        assertEquals("72 h", english.duration(Duration.ofHours(72)));
    }

    @Test
    public void workingDaysAreCountedInWords() {
        assertEquals("1 werkdag", dutch.workingDays(1));
        assertEquals("3 werkdagen", dutch.workingDays(3));
        assertEquals("1 working day", english.workingDays(1));
        assertEquals("30 working days", english.workingDays(30));
    }

    @Test
    public void momentsAreInTheReadersZoneWithShortMonthNames() {
        Instant at = Instant.parse("2026-12-01T07:17:55.062Z");
        assertEquals("1 dec. 2026 08:17", dutch.dateTime(at));
        assertEquals("1 Dec 2026 08:17", english.dateTime(at));
        // Summer time: 2 hours ahead of UTC.
        assertEquals("1 jul. 2026 14:00", dutch.dateTime(Instant.parse("2026-07-01T12:00:00Z")));
        assertEquals("1 dec. 2026 02:17", Formats.of(messages, Messages.DUTCH, ZoneId.of("America/New_York")).dateTime(at));
        assertEquals("", dutch.dateTime(null));
        assertEquals("3 mei 2026", dutch.date(LocalDate.of(2026, 5, 3)));
        assertEquals("november 2026", dutch.month(YearMonth.of(2026, 11)));
        assertEquals("November 2026", english.month(YearMonth.of(2026, 11)));
    }

    @Test
    public void aMomentInAnotherZoneSaysWhichZone() {
        Instant at = Instant.parse("2026-12-01T07:17:00Z");
        assertEquals("1 dec. 2026 08:17", dutch.dateTime(at, ZoneId.of("Europe/Copenhagen")));
        assertEquals("1 dec. 2026 07:17 (Europe/London)", dutch.dateTime(at, ZoneId.of("Europe/London")));
    }

    @Test
    public void numbersAndPercentagesUseTheReadersSeparators() {
        assertEquals("98,5 %", dutch.percent(98.5));
        assertEquals("98.5%", english.percent(98.5));
        assertEquals("100 %", dutch.percent(new BigDecimal("100.0")));
        assertEquals("33,3 %", dutch.percent(100.0 / 3));
        assertEquals("1.234,5", dutch.number(1234.5, 1));
        assertEquals("1,234.5", english.number(1234.5, 1));
    }

    @Test
    public void sizesAndYesNo() {
        assertEquals("512 bytes", dutch.size(512));
        assertEquals("3,4 kB", dutch.size(3482));
        assertEquals("3.4 kB", english.size(3482));
        assertEquals("1,5 MB", dutch.size(1024 * 1536));
        assertEquals("ja", dutch.yesNo(true));
        assertEquals("nee", dutch.yesNo(false));
        assertEquals("no", english.yesNo(false));
    }
}
