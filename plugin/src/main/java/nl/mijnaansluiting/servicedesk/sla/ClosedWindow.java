package nl.mijnaansluiting.servicedesk.sla;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A recurring period in which no working time counts, such as planned maintenance "every 2nd and 4th
 * Wednesday of the month, 00:00-06:00" (seed 001). Times are the calendar's local wall-clock times.
 */
public final class ClosedWindow {

    private final Set<Integer> weeksOfMonth;
    private final DayOfWeek day;
    private final int startSecond;
    private final int endSecond;

    /**
     * @param weeksOfMonth which occurrences of {@code day} in the month (1 = first ... 5 = fifth)
     * @param end exclusive; {@link LocalTime#MIDNIGHT} means the end of the day
     */
    public ClosedWindow(Set<Integer> weeksOfMonth, DayOfWeek day, LocalTime start, LocalTime end) {
        this.weeksOfMonth = Set.copyOf(new TreeSet<>(weeksOfMonth));
        this.day = Objects.requireNonNull(day, "day");
        this.startSecond = start.toSecondOfDay();
        this.endSecond = end.equals(LocalTime.MIDNIGHT) ? BusinessCalendar.DAY : end.toSecondOfDay();
        if (this.weeksOfMonth.isEmpty() || this.weeksOfMonth.stream().anyMatch(w -> w < 1 || w > 5)) {
            throw new IllegalArgumentException("weeks of the month are 1 to 5");
        }
        if (startSecond >= endSecond) {
            throw new IllegalArgumentException("a closed window ends after it starts");
        }
    }

    /** Every occurrence of the weekday in its month: 1st, 2nd, ... */
    public static ClosedWindow monthly(Set<Integer> weeksOfMonth, DayOfWeek day, LocalTime start, LocalTime end) {
        return new ClosedWindow(weeksOfMonth, day, start, end);
    }

    boolean appliesTo(LocalDate date) {
        return date.getDayOfWeek() == day && weeksOfMonth.contains((date.getDayOfMonth() - 1) / 7 + 1);
    }

    int startSecond() {
        return startSecond;
    }

    int endSecond() {
        return endSecond;
    }

    public Set<Integer> weeksOfMonth() {
        return weeksOfMonth;
    }

    public DayOfWeek day() {
        return day;
    }
}
