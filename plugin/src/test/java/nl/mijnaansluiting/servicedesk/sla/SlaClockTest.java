package nl.mijnaansluiting.servicedesk.sla;

import org.junit.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class SlaClockTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final BusinessCalendar OFFICE = BusinessCalendar.builder("kantooruren", "Kantooruren", AMSTERDAM)
            .weekdays(LocalTime.of(8, 0), LocalTime.of(17, 0)).holidays(PublicHolidays.of("NL")).build();

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(AMSTERDAM).toInstant();
    }

    @Test
    public void aRunningClockIsDueWhenItsWorkingTimeIsUsed() {
        SlaClock clock = SlaClock.start("resolution", Duration.ofHours(20), OFFICE, at("2026-11-23T09:00"));
        assertEquals(at("2026-11-25T11:00"), clock.dueAt().orElseThrow());
        // Monday 9:00-17:00 and Tuesday 8:00-9:00 used: 9 of 20 hours.
        assertEquals(Duration.ofHours(11), clock.remainingAt(OFFICE, at("2026-11-24T09:00")));
        assertFalse(clock.isBreachedAt(OFFICE, at("2026-11-25T11:00")));
        assertTrue(clock.isBreachedAt(OFFICE, at("2026-11-25T11:01")));
    }

    @Test
    public void waitingForTheCustomerPausesAndTheDueMomentMovesOn() {
        SlaClock clock = SlaClock.start("resolution", Duration.ofHours(20), OFFICE, at("2026-11-23T09:00"))
                .pause(OFFICE, at("2026-11-23T13:00"));
        assertEquals(SlaClock.State.PAUSED, clock.state());
        assertEquals(Duration.ofHours(4), clock.used());
        assertTrue(clock.dueAt().isEmpty());
        // A week later the customer answers: 16 hours are left.
        SlaClock resumed = clock.resume(OFFICE, at("2026-11-30T09:00"));
        assertEquals(at("2026-12-01T16:00"), resumed.dueAt().orElseThrow());
    }

    @Test
    public void stoppingInTimeIsMetLateIsBreachedAndReopeningCountsOn() {
        SlaClock clock = SlaClock.start("resolution", Duration.ofHours(6), OFFICE, at("2026-11-23T09:00"));
        assertEquals(SlaClock.State.MET, clock.stop(OFFICE, at("2026-11-23T15:00")).state());
        SlaClock late = clock.stop(OFFICE, at("2026-11-23T15:30"));
        assertEquals(SlaClock.State.BREACHED, late.state());
        SlaClock met = clock.stop(OFFICE, at("2026-11-23T12:00"));
        SlaClock reopened = met.reopen(OFFICE, at("2026-11-24T08:00"));
        assertEquals(SlaClock.State.RUNNING, reopened.state());
        assertEquals(at("2026-11-24T11:00"), reopened.dueAt().orElseThrow());
    }

    @Test
    public void aNewPriorityAppliesItsTargetToTheTimeAlreadyUsed() {
        SlaClock clock = SlaClock.start("resolution", Duration.ofHours(30), OFFICE, at("2026-11-23T09:00"));
        SlaClock higher = clock.retarget(Duration.ofHours(6), OFFICE, at("2026-11-23T13:00"));
        assertEquals(Duration.ofHours(4), higher.used());
        assertEquals(at("2026-11-23T15:00"), higher.dueAt().orElseThrow());
        SlaClock overdue = clock.retarget(Duration.ofHours(2), OFFICE, at("2026-11-23T13:00"));
        assertEquals(at("2026-11-23T13:00"), overdue.dueAt().orElseThrow());
        assertTrue(overdue.isBreachedAt(OFFICE, at("2026-11-23T13:01")));
    }

    @Test
    public void theSweepCanAskWhenAShareOfTheTargetIsReached() {
        SlaClock clock = SlaClock.start("reaction", Duration.ofHours(4), OFFICE, at("2026-11-23T15:00"));
        assertEquals(at("2026-11-24T09:00"), clock.momentAtShare(OFFICE, 0.75).orElseThrow());
        assertEquals(clock.dueAt().orElseThrow(), clock.momentAtShare(OFFICE, 1.0).orElseThrow());
        assertTrue(clock.pause(OFFICE, at("2026-11-23T16:00")).momentAtShare(OFFICE, 0.75).isEmpty());
    }
}
