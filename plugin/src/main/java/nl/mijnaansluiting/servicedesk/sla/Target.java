package nl.mijnaansluiting.servicedesk.sla;

import java.time.Duration;
import java.util.Objects;

/** How much working time a goal allows: a duration (15 minutes, 20 office hours) or N working days. */
public final class Target {

    private final Duration duration;
    private final int workingDays;

    private Target(Duration duration, int workingDays) {
        this.duration = duration;
        this.workingDays = workingDays;
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

    /** ISO-8601: "PT15M", "PT20H"; working days as "P2D" (days of the calendar, not of the clock). */
    @Override
    public String toString() {
        return duration != null ? duration.toString() : "P" + workingDays + "D";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Target && Objects.equals(((Target) o).duration, duration) && ((Target) o).workingDays == workingDays;
    }

    @Override
    public int hashCode() {
        return Objects.hash(duration, workingDays);
    }
}
