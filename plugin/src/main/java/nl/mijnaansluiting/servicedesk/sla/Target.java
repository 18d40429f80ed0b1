package nl.mijnaansluiting.servicedesk.sla;

import java.time.Duration;
import java.util.Objects;

/**
 * How much working time a goal allows: a duration (15 minutes, 20 office hours) or N working days; or, for a
 * major incident's status updates, a {@link StatusRhythm} (seed 003: every hour in measurement period 1, the
 * next morning at 08:00 in period 2), a deadline rule of its own rather than working time.
 */
public final class Target {

    private final Duration duration;
    private final int workingDays;
    private final StatusRhythm rhythm;

    private Target(Duration duration, int workingDays) {
        this(duration, workingDays, null);
    }

    private Target(Duration duration, int workingDays, StatusRhythm rhythm) {
        this.duration = duration;
        this.workingDays = workingDays;
        this.rhythm = rhythm;
    }

    /** Status updates: every {@code rhythm.every()} inside the goal's calendar, else at the next morning's time. */
    public static Target statusRhythm(StatusRhythm rhythm) {
        return new Target(rhythm.every(), 0, rhythm);
    }

    /** The status rhythm, when this target is one. */
    public java.util.Optional<StatusRhythm> rhythm() {
        return java.util.Optional.ofNullable(rhythm);
    }

    /** When a goal with this target, started at {@code start}, is first due on {@code calendar}. */
    public java.time.Instant dueAt(BusinessCalendar calendar, java.time.Instant start) {
        return rhythm != null ? rhythm.next(calendar, start) : calendar.dueAt(start, on(calendar));
    }

    public static Target of(Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("a target is positive: " + duration);
        }
        return new Target(duration, 0);
    }

    public static Target minutes(long minutes) {
        return of(Duration.ofMinutes(minutes));
    }

    public static Target hours(long hours) {
        return of(Duration.ofHours(hours));
    }

    /** N working days: N times the calendar's working day. */
    public static Target workingDays(int days) {
        if (days <= 0) {
            throw new IllegalArgumentException("a target is positive: " + days + " working days");
        }
        return new Target(null, days);
    }

    /** The working time this target allows on a calendar. */
    public Duration on(BusinessCalendar calendar) {
        return duration != null ? duration : calendar.workingDay().multipliedBy(workingDays);
    }

    /** 0 unless the target is counted in working days. */
    public int workingDays() {
        return workingDays;
    }

    /** ISO-8601: "PT15M", "PT20H"; working days as "P2D" (days of the calendar, not of the clock); a rhythm "PT1H/08:00". */
    @Override
    public String toString() {
        return rhythm != null ? rhythm.toString() : duration != null ? duration.toString() : "P" + workingDays + "D";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Target && Objects.equals(((Target) o).duration, duration) && ((Target) o).workingDays == workingDays
                && Objects.equals(((Target) o).rhythm, rhythm);
    }

    @Override
    public int hashCode() {
        return Objects.hash(duration, workingDays, rhythm);
    }
}
