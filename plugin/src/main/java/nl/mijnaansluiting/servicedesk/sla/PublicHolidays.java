package nl.mijnaansluiting.servicedesk.sla;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;

import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Public holidays of a country from Jollyday, by a stable key ("KINGS_DAY", "LIBERATION",
 * "christian.GOOD_FRIDAY"), so a contract can switch single ones off or on: Jollyday's public holidays
 * count unless switched off; its observances (Goede Vrijdag in the Netherlands) only when switched on.
 * A holiday counts on the date it is observed (Koningsdag on a Sunday: Saturday 26 April).
 */
public final class PublicHolidays {

    /** Holidays of a country per year, shared: Jollyday's lookup is the slow part. */
    private static final Map<String, Map<Integer, Map<LocalDate, Holiday>>> BY_COUNTRY = new ConcurrentHashMap<>();

    private final String country;
    private final Set<String> switchedOff;
    private final Set<String> switchedOn;

    public PublicHolidays(String country, Set<String> switchedOff, Set<String> switchedOn) {
        this.country = country;
        this.switchedOff = Set.copyOf(switchedOff);
        this.switchedOn = Set.copyOf(switchedOn);
        if (country != null && !withOwnClassLoader(HolidayManager::getSupportedCalendarCodes).contains(country)) {
            throw new IllegalArgumentException("no holiday calendar for " + country);
        }
    }

    public static PublicHolidays none() {
        return new PublicHolidays(null, Set.of(), Set.of());
    }

    public static PublicHolidays of(String country) {
        return new PublicHolidays(country, Set.of(), Set.of());
    }

    public PublicHolidays without(String... keys) {
        Set<String> off = new java.util.HashSet<>(switchedOff);
        off.addAll(Set.of(keys));
        return new PublicHolidays(country, off, switchedOn);
    }

    public PublicHolidays with(String... keys) {
        Set<String> on = new java.util.HashSet<>(switchedOn);
        on.addAll(Set.of(keys));
        return new PublicHolidays(country, switchedOff, on);
    }

    /** The days off in a year, by date, with the holiday's key. */
    public Map<LocalDate, String> daysOff(int year) {
        Map<LocalDate, String> days = new TreeMap<>();
        if (country == null) {
            return days;
        }
        for (Map.Entry<LocalDate, Holiday> entry : holidays(country, year).entrySet()) {
            Holiday holiday = entry.getValue();
            String key = holiday.getPropertiesKey();
            boolean counts = holiday.getType() == HolidayType.PUBLIC_HOLIDAY ? !switchedOff.contains(key) : switchedOn.contains(key);
            if (counts) {
                days.put(entry.getKey(), key);
            }
        }
        return days;
    }

    /** One holiday a country's calendar knows, with its name in a language: what an admin chooses from. */
    public static final class Known {
        private final String key;
        private final String name;
        private final boolean publicHoliday;

        Known(String key, String name, boolean publicHoliday) {
            this.key = key;
            this.name = name;
            this.publicHoliday = publicHoliday;
        }

        public String key() {
            return key;
        }

        /** Jollyday's description in the language ("Goede Vrijdag", "Good Friday"). */
        public String name() {
            return name;
        }

        /** A public holiday counts unless switched off; an observance only when switched on. */
        public boolean isPublicHoliday() {
            return publicHoliday;
        }
    }

    /** Years looked at for the list of a country's holidays: some come once in a few years (Liberation Day). */
    private static final int CATALOGUE_YEARS_BACK = 2;
    private static final int CATALOGUE_YEARS_AHEAD = 6;

    /** The holidays of a country, by name in {@code locale}, sorted by when they first fall in the year. */
    public static java.util.List<Known> known(String country, java.util.Locale locale) {
        Map<String, Known> byKey = new java.util.LinkedHashMap<>();
        if (country == null) {
            return java.util.List.of();
        }
        int now = Year.now().getValue();
        Map<String, Integer> dayOfYear = new HashMap<>();
        for (int year = now - CATALOGUE_YEARS_BACK; year <= now + CATALOGUE_YEARS_AHEAD; year++) {
            for (Map.Entry<LocalDate, Holiday> entry : holidays(country, year).entrySet()) {
                Holiday holiday = entry.getValue();
                dayOfYear.merge(holiday.getPropertiesKey(), entry.getKey().getDayOfYear(), Math::min);
                byKey.computeIfAbsent(holiday.getPropertiesKey(), key -> new Known(key,
                        withOwnClassLoader(() -> holiday.getDescription(locale)), holiday.getType() == HolidayType.PUBLIC_HOLIDAY));
            }
        }
        java.util.List<Known> list = new java.util.ArrayList<>(byKey.values());
        list.sort(java.util.Comparator.comparing((Known k) -> dayOfYear.get(k.key())).thenComparing(Known::key));
        return list;
    }

    /** Whether {@code key} is one of the country's holidays (what off and on may name). */
    public boolean knows(String key) {
        return known(country, java.util.Locale.ENGLISH).stream().anyMatch(k -> k.key().equals(key));
    }

    /** Whether a holiday of this country counts as a day off here. */
    public boolean counts(Known holiday) {
        return holiday.isPublicHoliday() ? !switchedOff.contains(holiday.key()) : switchedOn.contains(holiday.key());
    }

    /** The countries Jollyday has holidays for. */
    public static Set<String> countries() {
        return withOwnClassLoader(HolidayManager::getSupportedCalendarCodes);
    }

    private static Map<LocalDate, Holiday> holidays(String country, int year) {
        return BY_COUNTRY.computeIfAbsent(country, c -> new ConcurrentHashMap<>()).computeIfAbsent(year, y -> {
            Map<LocalDate, Holiday> byDate = new HashMap<>();
            Set<Holiday> found = withOwnClassLoader(
                    () -> HolidayManager.getInstance(ManagerParameters.create(country)).getHolidays(Year.of(y)));
            for (Holiday holiday : found) {
                byDate.put(holiday.getDate(), holiday);
            }
            return byDate;
        });
    }

    /**
     * Runs a Jollyday call with this class's loader as the thread's context class loader. Jollyday finds
     * its holiday data (and JAXB its implementation) through ServiceLoader on the context class loader and
     * keeps the first answer; on Jira's threads (issue view, post-function, scheduler) that loader is
     * Jira's, which cannot see the libraries inside the plugin jar.
     */
    static <T> T withOwnClassLoader(Supplier<T> call) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(PublicHolidays.class.getClassLoader());
        try {
            return call.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    public String country() {
        return country;
    }

    public Set<String> switchedOff() {
        return switchedOff;
    }

    public Set<String> switchedOn() {
        return switchedOn;
    }
}
