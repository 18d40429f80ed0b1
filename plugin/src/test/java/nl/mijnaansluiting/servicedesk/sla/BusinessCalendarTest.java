package nl.mijnaansluiting.servicedesk.sla;

import nl.mijnaansluiting.servicedesk.error.FieldError;
import nl.mijnaansluiting.servicedesk.error.ProblemException;
import org.junit.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

public class BusinessCalendarTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    /** Logius office hours (seed 001): workdays 8:00-17:00, Dutch public holidays. */
    private static final BusinessCalendar OFFICE = BusinessCalendar.builder("kantooruren", "Kantooruren", AMSTERDAM)
            .weekdays(LocalTime.of(8, 0), LocalTime.of(17, 0)).holidays(PublicHolidays.of("NL")).build();
    private static final BusinessCalendar CLOCK = BusinessCalendar.aroundTheClock("klokuren", "Klokuren", AMSTERDAM);

    private static Instant at(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), AMSTERDAM).toInstant();
    }

    private static String local(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toLocalDateTime().toString();
    }

    @Test
    public void sixClockHoursAcrossTheSpringForwardNightAreSixRealHours() {
        Instant start = at("2026-03-28T23:00");
        Instant due = CLOCK.dueAt(start, Duration.ofHours(6));
        assertEquals("2026-03-29T06:00", local(due, AMSTERDAM));
        assertEquals(Duration.ofHours(6), Duration.between(start, due));
        assertEquals(Duration.ofHours(6), CLOCK.workingTimeBetween(start, due));
    }

    @Test
    public void sixClockHoursAcrossTheFallBackNightAreSixRealHours() {
        Instant start = at("2026-10-24T23:00");
        Instant due = CLOCK.dueAt(start, Duration.ofHours(6));
        assertEquals("2026-10-25T04:00", local(due, AMSTERDAM));
        assertEquals(Duration.ofHours(6), Duration.between(start, due));
    }

    @Test
    public void officeHoursAcrossADaylightSavingWeekendFollowTheWallClock() {
        // Friday 27 March 2026 16:00 + 2 office hours: 1 on Friday, 1 on Monday 30 March (after the change).
        assertEquals("2026-03-30T09:00", local(OFFICE.dueAt(at("2026-03-27T16:00"), Duration.ofHours(2)), AMSTERDAM));
    }

    @Test
    public void koningsdagOnASundayIsObservedOnSaturday26April() {
        assertTrue(OFFICE.isDayOff(LocalDate.of(2025, 4, 26)));
        assertFalse(OFFICE.isDayOff(LocalDate.of(2025, 4, 27)));
        assertEquals("KINGS_DAY", PublicHolidays.of("NL").daysOff(2025).get(LocalDate.of(2025, 4, 26)));
        // A Saturday-and-Sunday calendar (as some helpdesks keep) loses the Saturday, not the Sunday.
        BusinessCalendar weekend = BusinessCalendar.builder("weekend", "Weekend", AMSTERDAM)
                .hours(LocalTime.of(10, 0), LocalTime.of(12, 0), DayOfWeek.SATURDAY, DayOfWeek.SUNDAY)
                .holidays(PublicHolidays.of("NL")).build();
        assertEquals(Duration.ofHours(2), weekend.workingTimeBetween(at("2025-04-25T00:00"), at("2025-04-28T00:00")));
        assertEquals("2025-04-27T11:00", local(weekend.dueAt(at("2025-04-26T09:00"), Duration.ofHours(1)), AMSTERDAM));
    }

    @Test
    public void goedeVrijdagAndBevrijdingsdagAreAMatterOfContract() {
        assertFalse(OFFICE.isDayOff(LocalDate.of(2026, 4, 3)));
        assertTrue(OFFICE.isDayOff(LocalDate.of(2026, 5, 5)));
        BusinessCalendar other = BusinessCalendar.builder("contract", "Contract", AMSTERDAM)
                .weekdays(LocalTime.of(8, 0), LocalTime.of(17, 0))
                .holidays(PublicHolidays.of("NL").with("christian.GOOD_FRIDAY").without("LIBERATION")).build();
        assertTrue(other.isDayOff(LocalDate.of(2026, 4, 3)));
        assertFalse(other.isDayOff(LocalDate.of(2026, 5, 5)));
    }

    @Test
    public void aStartOutsideWorkingHoursWaitsForTheNextWorkingMorning() {
        assertEquals("2026-11-23T09:00", local(OFFICE.dueAt(at("2026-11-20T18:30"), Duration.ofHours(1)), AMSTERDAM));
        assertEquals("2026-11-20T09:00", local(OFFICE.dueAt(at("2026-11-20T06:00"), Duration.ofHours(1)), AMSTERDAM));
        assertEquals(Duration.ZERO, OFFICE.workingTimeBetween(at("2026-11-20T17:00"), at("2026-11-23T08:00")));
    }

    @Test
    public void theYearBoundarySkipsChristmasAndNewYear() {
        // Thursday 24 Dec 2026 16:00 + 20 office hours (Prio 2, seed 001): 24 Dec 1h, 25/26 Dec off,
        // 28-31 Dec 4 x 9h = 36h would overshoot: 1 + 9 + 9 + 1 = 20 → Wednesday 30 Dec 09:00.
        assertEquals("2026-12-30T09:00", local(OFFICE.dueAt(at("2026-12-24T16:00"), Duration.ofHours(20)), AMSTERDAM));
        // Across New Year: Thursday 31 Dec 16:00 + 2h skips Friday 1 Jan.
        assertEquals("2027-01-04T09:00", local(OFFICE.dueAt(at("2026-12-31T16:00"), Duration.ofHours(2)), AMSTERDAM));
        assertEquals(Duration.ofHours(2), OFFICE.workingTimeBetween(at("2026-12-31T16:00"), at("2027-01-04T09:00")));
    }

    @Test
    public void aLeapDayIsAnOrdinaryTuesday() {
        // Monday 28 Feb 16:00 + 2h: one hour on Monday, one on the leap day itself.
        assertEquals("2028-02-29T09:00", local(OFFICE.dueAt(at("2028-02-28T16:00"), Duration.ofHours(2)), AMSTERDAM));
        assertEquals("2028-03-01T09:00", local(OFFICE.dueAt(at("2028-02-28T16:00"), Duration.ofHours(11)), AMSTERDAM));
        assertEquals(Duration.ofHours(9), OFFICE.workingTimeBetween(at("2028-02-29T00:00"), at("2028-03-01T00:00")));
    }

    @Test
    public void plannedMaintenanceOnTheSecondAndFourthWednesdayIsNotCounted() {
        BusinessCalendar service = BusinessCalendar.aroundTheClock("x", "x", AMSTERDAM);
        BusinessCalendar availability = BusinessCalendar.builder("beschikbaarheid", "Beschikbaarheid", AMSTERDAM)
                .hours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, DayOfWeek.values())
                .closed(ClosedWindow.monthly(Set.of(2, 4), DayOfWeek.WEDNESDAY, LocalTime.MIDNIGHT, LocalTime.of(6, 0)))
                .build();
        // November 2026: Wednesdays 4, 11, 18, 25; the 2nd and 4th are 11 and 25.
        Instant monthStart = at("2026-11-01T00:00");
        Instant monthEnd = at("2026-12-01T00:00");
        assertEquals(service.workingTimeBetween(monthStart, monthEnd).minusHours(12),
                availability.workingTimeBetween(monthStart, monthEnd));
        assertFalse(availability.isWorkingTime(at("2026-11-11T03:00")));
        assertTrue(availability.isWorkingTime(at("2026-11-04T03:00")));
        assertEquals("2026-11-11T07:00", local(availability.dueAt(at("2026-11-10T23:00"), Duration.ofHours(2)), AMSTERDAM));
    }

    @Test
    public void borgerDkCountsDanishHolidaysInCopenhagenTime() {
        BusinessCalendar borger = BusinessCalendar.builder("borger-dk", "Primær driftstid", COPENHAGEN)
                .weekdays(LocalTime.of(8, 30), LocalTime.of(16, 30)).holidays(PublicHolidays.of("DK")).build();
        assertTrue(borger.isDayOff(LocalDate.of(2026, 4, 2)));  // Skærtorsdag, a working day in the Netherlands
        assertFalse(OFFICE.isDayOff(LocalDate.of(2026, 4, 2)));
        assertEquals(Duration.ofHours(8), borger.workingDay());
        // P3 reaction: 2 working days from Wednesday 1 April 2026 12:00: Wed 4.5h, Thu-Mon off, Tue 8h, Wed 3.5h.
        Instant start = ZonedDateTime.of(2026, 4, 1, 12, 0, 0, 0, COPENHAGEN).toInstant();
        assertEquals("2026-04-08T12:00", local(borger.dueAt(start, borger.workingDay().multipliedBy(2)), COPENHAGEN));
    }

    @Test
    public void aWorkingDayIsTheAverageWorkingTimeOfTheWorkingWeekdays() {
        assertEquals(Duration.ofHours(9), OFFICE.workingDay());
    }

    @Test
    public void farDueMomentsJumpWeeksAndStillLandRight() {
        // 30 working days of 9h from Monday 2 Nov 2026 08:00: six plain weeks → Friday 11 Dec 2026 17:00.
        assertEquals("2026-12-11T17:00",
                local(OFFICE.dueAt(at("2026-11-02T08:00"), OFFICE.workingDay().multipliedBy(30)), AMSTERDAM));
        // A year of office hours: 2026 has 261 weekdays; 7 counted holidays fall on one (1 Jan, 6 Apr,
        // 27 Apr, 5 May, 14 May, 25 May, 25 Dec; 26 Dec is a Saturday, Goede Vrijdag does not count).
        assertEquals(Duration.ofHours(9L * (261 - 7)), OFFICE.workingTimeBetween(at("2026-01-01T00:00"), at("2027-01-01T00:00")));
    }

    /** The defining property: the working time between a start and its due moment is the duration. */
    @Test
    public void workingTimeUntilTheDueMomentIsTheDuration() {
        BusinessCalendar split = BusinessCalendar.builder("split", "Split", AMSTERDAM)
                .weekdays(LocalTime.of(8, 30), LocalTime.of(12, 0))
                .weekdays(LocalTime.of(13, 0), LocalTime.of(17, 0))
                .hours(LocalTime.of(22, 0), LocalTime.MIDNIGHT, DayOfWeek.SATURDAY)
                .holidays(PublicHolidays.of("NL"))
                .closed(ClosedWindow.monthly(Set.of(2, 4), DayOfWeek.WEDNESDAY, LocalTime.MIDNIGHT, LocalTime.of(9, 0)))
                .build();
        Random random = new Random(20261122);
        Instant base = at("2025-01-01T00:00");
        for (BusinessCalendar calendar : List.of(OFFICE, split, CLOCK)) {
            for (int i = 0; i < 3000; i++) {
                Instant start = base.plusSeconds(random.nextInt(4 * 365 * 24 * 3600));
                Duration duration = Duration.ofMinutes(random.nextInt(60 * 9 * 40));
                Instant due = calendar.dueAt(start, duration);
                assertEquals(calendar.key() + " from " + start + " for " + duration,
                        duration, calendar.workingTimeBetween(start, due));
                assertFalse(due.isBefore(start));
            }
        }
    }

    @Test
    public void aCalendarWithoutWorkingTimeOrWithOverlapsIsRefusedWithTheFieldsNamed() {
        try {
            BusinessCalendar.builder("leeg", "Leeg", AMSTERDAM).build();
            fail();
        } catch (ProblemException e) {
            assertEquals(List.of("hours"), e.fieldErrors().stream().map(FieldError::field).collect(Collectors.toList()));
        }
        try {
            BusinessCalendar.builder("dubbel", "Dubbel", AMSTERDAM)
                    .hours(LocalTime.of(8, 0), LocalTime.of(12, 0), DayOfWeek.MONDAY)
                    .hours(LocalTime.of(11, 0), LocalTime.of(13, 0), DayOfWeek.MONDAY)
                    .hours(LocalTime.of(17, 0), LocalTime.of(9, 0), DayOfWeek.TUESDAY).build();
            fail();
        } catch (ProblemException e) {
            assertEquals(List.of("hours.MONDAY", "hours.TUESDAY"),
                    e.fieldErrors().stream().map(FieldError::field).collect(Collectors.toList()));
        }
    }

    @Test(expected = IllegalArgumentException.class)
    public void aNegativeDurationIsRefused() {
        OFFICE.dueAt(at("2026-11-20T09:00"), Duration.ofMinutes(-1));
    }
}
