package nl.mijnaansluiting.servicedesk.sla;

import nl.mijnaansluiting.servicedesk.error.FieldError;
import nl.mijnaansluiting.servicedesk.error.ProblemException;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When working time runs: working hours per weekday in a time zone, minus public holidays, extra days
 * off and recurring closed windows; or around the clock. Two questions: when is a duration of working
 * time used up from a start, and how much working time lies between two instants.
 *
 * <p>Fast by design: a plain week's working time is known up front, so the arithmetic jumps whole
 * weeks until the next day that differs (a holiday, a closed window, a daylight-saving change) and only
 * looks at such days, and at the first and last, interval by interval. Nothing steps minute by minute.
 * Working hours are wall-clock times; on a daylight-saving day an interval lasts what the clock says.
 * Times are counted to the second.
 */
public final class BusinessCalendar {

    static final int DAY = 24 * 60 * 60;

    private final String key;
    private final String name;
    private final ZoneId zone;
    private final boolean aroundTheClock;
    /** Per weekday (Monday = 0) the working intervals as [start, end) seconds of the day, sorted. */
    private final int[][][] hours;
    private final long[] daySeconds = new long[7];
    private final long weekSeconds;
    private final PublicHolidays holidays;
    private final Set<LocalDate> extraDaysOff;
    /** The calendar's own days off by date, with the name an admin gave them ("" when none). */
    private final java.util.SortedMap<LocalDate, String> ownDaysOff;
    private final List<ClosedWindow> closedWindows;
    /** Sorted epoch days, over a range of whole years, that are not a plain weekday of their kind. */
    private volatile SpecialDays special = new SpecialDays(0, -1, new long[0], new long[0]);

    private BusinessCalendar(String key, String name, ZoneId zone, boolean aroundTheClock, int[][][] hours,
                             PublicHolidays holidays, Map<LocalDate, String> ownDaysOff, List<ClosedWindow> closedWindows) {
        this.key = key;
        this.name = name;
        this.zone = zone;
        this.aroundTheClock = aroundTheClock;
        this.hours = hours;
        long week = 0;
        for (int d = 0; d < 7; d++) {
            for (int[] interval : hours[d]) {
                daySeconds[d] += interval[1] - interval[0];
            }
            week += daySeconds[d];
        }
        this.weekSeconds = week;
        this.holidays = holidays;
        this.extraDaysOff = Set.copyOf(ownDaysOff.keySet());
        this.ownDaysOff = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(ownDaysOff));
        this.closedWindows = List.copyOf(closedWindows);
    }

    /** Clock hours: every second counts, no holidays (seed 001's Prio 1, the 72 hours of a datalek). */
    public static BusinessCalendar aroundTheClock(String key, String name, ZoneId zone) {
        int[][][] hours = new int[7][][];
        Arrays.fill(hours, new int[][] {{0, DAY}});
        return new BusinessCalendar(key, name, zone, true, hours, PublicHolidays.none(), Map.of(), List.of());
    }

    public static Builder builder(String key, String name, ZoneId zone) {
        return new Builder(key, name, zone);
    }

    public String key() {
        return key;
    }

    public String name() {
        return name;
    }

    public ZoneId zone() {
        return zone;
    }

    public boolean isAroundTheClock() {
        return aroundTheClock;
    }

    /** One working day: the average working time of the weekdays that have any ("2 werkdagen" = twice this). */
    public Duration workingDay() {
        long days = Arrays.stream(daySeconds).filter(s -> s > 0).count();
        return Duration.ofSeconds(weekSeconds / days);
    }

    /** The moment {@code workingTime} of working time, counted from {@code start}, is used up. */
    public Instant dueAt(Instant start, Duration workingTime) {
        if (workingTime.isNegative()) {
            throw new IllegalArgumentException("negative working time " + workingTime);
        }
        if (aroundTheClock) {
            return start.plus(workingTime);
        }
        long remaining = workingTime.getSeconds();
        if (remaining == 0) {
            return start;
        }
        long startSecond = start.getEpochSecond();
        long day = Math.floorDiv(startSecond + zone.getRules().getOffset(start).getTotalSeconds(), (long) DAY);
        boolean firstDay = true;
        // The next day that is not plain (a holiday, closed window or clock change), looked up only when
        // passed: the days before it are counted whole weeks and whole days at a time.
        long nextSpecial = Long.MIN_VALUE;
        while (true) {
            if (day >= nextSpecial) {
                nextSpecial = nextSpecialFrom(day);
            }
            if (!firstDay && day < nextSpecial) {
                if (remaining > weekSeconds) {
                    long weeks = Math.min((remaining - 1) / weekSeconds, (nextSpecial - day) / 7);
                    day += 7 * weeks;
                    remaining -= weeks * weekSeconds;
                }
                long plain = daySeconds[weekday(day)];
                if (remaining > plain && day < nextSpecial) {
                    remaining -= plain;
                    day++;
                    continue;
                }
            }
            long[][] intervals = day < nextSpecial ? plainIntervals(day) : intervals(LocalDate.ofEpochDay(day));
            for (long[] interval : intervals) {
                long from = Math.max(interval[0], startSecond);
                if (from >= interval[1]) {
                    continue;
                }
                long length = interval[1] - from;
                if (remaining <= length) {
                    return Instant.ofEpochSecond(from + remaining);
                }
                remaining -= length;
            }
            day++;
            firstDay = false;
        }
    }

    /** The working time between two instants (zero when {@code to} is not after {@code from}). */
    public Duration workingTimeBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        if (aroundTheClock) {
            return Duration.between(from, to);
        }
        long fromSecond = from.getEpochSecond();
        long toSecond = to.getEpochSecond();
        long first = from.atZone(zone).toLocalDate().toEpochDay();
        long last = to.atZone(zone).toLocalDate().toEpochDay();
        long total = clipped(first, fromSecond, toSecond);
        if (first == last) {
            return Duration.ofSeconds(total);
        }
        long day = first + 1;
        while (day < last) {
            if (isPlain(day)) {
                long weeks = Math.min((last - day) / 7, plainWeeksFrom(day));
                total += weeks * weekSeconds;
                day += 7 * weeks;
                if (day < last && isPlain(day)) {
                    total += daySeconds[weekday(day)];
                    day++;
                }
                continue;
            }
            total += clipped(day, fromSecond, toSecond);
            day++;
        }
        return Duration.ofSeconds(total + clipped(last, fromSecond, toSecond));
    }

    /** Monday = 0 ... Sunday = 6; 1 January 1970 was a Thursday. */
    private static int weekday(long epochDay) {
        return (int) Math.floorMod(epochDay + 3, 7L);
    }

    /** Working seconds of one day that lie between two epoch seconds. */
    private long clipped(long epochDay, long fromSecond, long toSecond) {
        long total = 0;
        for (long[] interval : intervals(epochDay)) {
            long start = Math.max(interval[0], fromSecond);
            long end = Math.min(interval[1], toSecond);
            if (end > start) {
                total += end - start;
            }
        }
        return total;
    }

    /** Is this moment inside working time? */
    public boolean isWorkingTime(Instant moment) {
        long second = moment.getEpochSecond();
        for (long[] interval : intervals(moment.atZone(zone).toLocalDate())) {
            if (second >= interval[0] && second < interval[1]) {
                return true;
            }
        }
        return false;
    }

    private static final long[][] NONE = new long[0][];

    /**
     * The working intervals of one day as epoch seconds [start, end). A plain day (no holiday, closed
     * window or clock change) is its weekday's hours from local midnight, at the one offset of that day:
     * no dates or zone lookups by local time, which keeps the due moment of 30 working days fast.
     */
    long[][] intervals(long epochDay) {
        return isPlain(epochDay) ? plainIntervals(epochDay) : intervals(LocalDate.ofEpochDay(epochDay));
    }

    private long[][] plainIntervals(long epochDay) {
        int[][] day = hours[weekday(epochDay)];
        if (day.length == 0) {
            return NONE;
        }
        // UTC noon lies inside the local day for every offset within 12 hours; a plain day has one offset.
        long midnight = epochDay * DAY - zone.getRules().getOffset(Instant.ofEpochSecond(epochDay * DAY + DAY / 2)).getTotalSeconds();
        long[][] result = new long[day.length][];
        for (int i = 0; i < day.length; i++) {
            result[i] = new long[] {midnight + day[i][0], midnight + day[i][1]};
        }
        return result;
    }

    /** The working intervals of one date as epoch seconds [start, end). */
    long[][] intervals(LocalDate date) {
        int[][] day = hours[date.getDayOfWeek().getValue() - 1];
        if (day.length == 0 || isDayOff(date)) {
            return NONE;
        }
        List<int[]> open = Arrays.asList(day);
        for (ClosedWindow window : closedWindows) {
            if (window.appliesTo(date)) {
                open = cut(open, window.startSecond(), window.endSecond());
            }
        }
        ZoneRules rules = zone.getRules();
        java.time.ZoneOffset morning = rules.getOffset(date.atStartOfDay());
        boolean oneOffsetAllDay = morning.equals(rules.getOffset(date.atTime(LocalTime.MAX)));
        long midnight = date.toEpochDay() * DAY - morning.getTotalSeconds();
        long[][] result = new long[open.size()][];
        for (int i = 0; i < result.length; i++) {
            int[] interval = open.get(i);
            result[i] = oneOffsetAllDay
                    ? new long[] {midnight + interval[0], midnight + interval[1]}
                    : new long[] {epochSecond(date, interval[0]), epochSecond(date, interval[1])};
        }
        return result;
    }

    private static List<int[]> cut(List<int[]> open, int closedFrom, int closedTo) {
        List<int[]> rest = new ArrayList<>();
        for (int[] interval : open) {
            if (closedTo <= interval[0] || closedFrom >= interval[1]) {
                rest.add(interval);
                continue;
            }
            if (interval[0] < closedFrom) {
                rest.add(new int[] {interval[0], closedFrom});
            }
            if (closedTo < interval[1]) {
                rest.add(new int[] {closedTo, interval[1]});
            }
        }
        return rest;
    }

    private long epochSecond(LocalDate date, int secondOfDay) {
        ZonedDateTime at = secondOfDay == DAY ? date.plusDays(1).atStartOfDay(zone)
                : ZonedDateTime.of(date, LocalTime.ofSecondOfDay(secondOfDay), zone);
        return at.toEpochSecond();
    }

    public boolean isDayOff(LocalDate date) {
        long epochDay = date.toEpochDay();
        return Arrays.binarySearch(covering(epochDay).daysOff, epochDay) >= 0;
    }

    /** A day whose working time is exactly its weekday's usual. */
    private boolean isPlain(long epochDay) {
        return Arrays.binarySearch(covering(epochDay).days, epochDay) < 0;
    }

    /** How many whole weeks from {@code epochDay} on contain no special day (as far as known now). */
    private long plainWeeksFrom(long epochDay) {
        return (nextSpecialFrom(epochDay) - epochDay) / 7;
    }

    /**
     * The first special day on or after {@code epochDay}, or the day after what is known now (asking
     * again from there widens what is known).
     */
    private long nextSpecialFrom(long epochDay) {
        SpecialDays known = covering(epochDay);
        int index = Arrays.binarySearch(known.days, epochDay);
        int next = index >= 0 ? index : -index - 1;
        return next < known.days.length ? known.days[next] : known.lastDay + 1;
    }

    /** The special days known around {@code epochDay}; widened (a few years at a time) when needed. */
    private SpecialDays covering(long epochDay) {
        SpecialDays known = special;
        if (epochDay >= known.firstDay && epochDay <= known.lastDay) {
            return known;
        }
        synchronized (this) {
            known = special;
            if (epochDay < known.firstDay || epochDay > known.lastDay) {
                int wanted = LocalDate.ofEpochDay(epochDay).getYear();
                int fromYear = known.days.length == 0 && known.lastDay < known.firstDay ? wanted - 1 : Math.min(known.fromYear, wanted - 1);
                int toYear = Math.max(known.toYear, wanted + 2);
                TreeSet<LocalDate> days = new TreeSet<>();
                TreeSet<LocalDate> off = new TreeSet<>();
                for (int y = fromYear; y <= toYear; y++) {
                    days.addAll(findSpecialDays(y));
                    off.addAll(holidays.daysOff(y).keySet());
                    int year = y;
                    extraDaysOff.stream().filter(d -> d.getYear() == year).forEach(off::add);
                }
                special = known = new SpecialDays(fromYear, toYear, days.stream().mapToLong(LocalDate::toEpochDay).toArray(),
                        off.stream().mapToLong(LocalDate::toEpochDay).toArray());
            }
            return known;
        }
    }

    /** Days of whole years {@code fromYear}..{@code toYear} that differ from a plain weekday, as sorted epoch days. */
    private static final class SpecialDays {
        final int fromYear;
        final int toYear;
        final long firstDay;
        final long lastDay;
        final long[] days;
        /** The days off among them: holidays that count and extra days off. */
        final long[] daysOff;

        SpecialDays(int fromYear, int toYear, long[] days, long[] daysOff) {
            this.fromYear = fromYear;
            this.toYear = toYear;
            this.firstDay = toYear < fromYear ? 1 : LocalDate.of(fromYear, 1, 1).toEpochDay();
            this.lastDay = toYear < fromYear ? 0 : LocalDate.of(toYear, 12, 31).toEpochDay();
            this.days = days;
            this.daysOff = daysOff;
        }
    }

    private TreeSet<LocalDate> findSpecialDays(int year) {
        TreeSet<LocalDate> special = new TreeSet<>(holidays.daysOff(year).keySet());
        extraDaysOff.stream().filter(d -> d.getYear() == year).forEach(special::add);
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            for (ClosedWindow window : closedWindows) {
                if (window.appliesTo(day)) {
                    special.add(day);
                }
            }
        }
        ZoneRules rules = zone.getRules();
        ZoneOffsetTransition transition = rules.nextTransition(LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant());
        while (transition != null && transition.getDateTimeBefore().getYear() == year) {
            special.add(transition.getDateTimeBefore().toLocalDate());
            special.add(transition.getDateTimeAfter().toLocalDate());
            transition = rules.nextTransition(transition.getInstant());
        }
        return special;
    }

    public PublicHolidays holidays() {
        return holidays;
    }

    public Set<LocalDate> extraDaysOff() {
        return extraDaysOff;
    }

    /** The calendar's own days off in date order, each with its name ("" when it has none). */
    public java.util.SortedMap<LocalDate, String> ownDaysOff() {
        return ownDaysOff;
    }

    public List<ClosedWindow> closedWindows() {
        return closedWindows;
    }

    /** The working hours of a weekday as local times, for pages and export. */
    public List<LocalTime[]> hours(DayOfWeek day) {
        List<LocalTime[]> list = new ArrayList<>();
        for (int[] interval : hours[day.getValue() - 1]) {
            list.add(new LocalTime[] {LocalTime.ofSecondOfDay(interval[0]),
                    interval[1] == DAY ? LocalTime.MIDNIGHT : LocalTime.ofSecondOfDay(interval[1])});
        }
        return list;
    }

    /** Collects a calendar and checks it whole: every wrong part is named. */
    public static final class Builder {
        private final String key;
        private final String name;
        private final ZoneId zone;
        private final Map<DayOfWeek, List<int[]>> hours = new EnumMap<>(DayOfWeek.class);
        private PublicHolidays holidays = PublicHolidays.none();
        private final Map<LocalDate, String> extraDaysOff = new java.util.TreeMap<>();
        private final List<ClosedWindow> closedWindows = new ArrayList<>();

        private Builder(String key, String name, ZoneId zone) {
            this.key = key;
            this.name = name;
            this.zone = zone;
        }

        /** Working hours {@code from}-{@code to} on each of {@code days}; {@link LocalTime#MIDNIGHT} as end means 24:00. */
        public Builder hours(LocalTime from, LocalTime to, DayOfWeek... days) {
            int end = to.equals(LocalTime.MIDNIGHT) ? DAY : to.toSecondOfDay();
            for (DayOfWeek day : days) {
                hours.computeIfAbsent(day, d -> new ArrayList<>()).add(new int[] {from.toSecondOfDay(), end});
            }
            return this;
        }

        public Builder weekdays(LocalTime from, LocalTime to) {
            return hours(from, to, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                    DayOfWeek.FRIDAY);
        }

        public Builder holidays(PublicHolidays holidays) {
            this.holidays = Objects.requireNonNull(holidays);
            return this;
        }

        public Builder dayOff(LocalDate date) {
            return dayOff(date, "");
        }

        /** A day off of this calendar's own, named as the contract names it ("Kerstavond", "Brugdag"). */
        public Builder dayOff(LocalDate date, String name) {
            extraDaysOff.put(date, name == null ? "" : name.trim());
            return this;
        }

        public Builder closed(ClosedWindow window) {
            closedWindows.add(window);
            return this;
        }

        public BusinessCalendar build() {
            List<FieldError> errors = new ArrayList<>();
            if (key == null || !key.matches("[a-z0-9][a-z0-9-]{0,59}")) {
                errors.add(new FieldError("key", "ma.templates.error.key", key));
            }
            if (zone == null) {
                errors.add(new FieldError("zone", "ma.form.error.required"));
            }
            int[][][] table = new int[7][][];
            long total = 0;
            for (DayOfWeek day : DayOfWeek.values()) {
                List<int[]> intervals = new ArrayList<>(hours.getOrDefault(day, List.of()));
                intervals.sort((a, b) -> Integer.compare(a[0], b[0]));
                String field = "hours." + day.name();
                for (int i = 0; i < intervals.size(); i++) {
                    int[] interval = intervals.get(i);
                    if (interval[0] >= interval[1]) {
                        errors.add(new FieldError(field, "ma.sla.error.interval-order"));
                    } else if (i > 0 && interval[0] < intervals.get(i - 1)[1]) {
                        errors.add(new FieldError(field, "ma.sla.error.interval-overlap"));
                    }
                    total += Math.max(0, interval[1] - interval[0]);
                }
                table[day.getValue() - 1] = intervals.toArray(new int[0][]);
            }
            if (total == 0) {
                errors.add(new FieldError("hours", "ma.sla.error.no-working-time"));
            }
            if (!errors.isEmpty()) {
                throw ProblemException.invalidForm(errors);
            }
            return new BusinessCalendar(key, name, zone, false, table, holidays, extraDaysOff, closedWindows);
        }
    }
}
