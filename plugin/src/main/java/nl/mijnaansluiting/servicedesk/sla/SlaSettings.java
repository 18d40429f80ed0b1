package nl.mijnaansluiting.servicedesk.sla;

import com.fasterxml.jackson.databind.JsonNode;
import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.audit.AuditEvent;
import nl.mijnaansluiting.servicedesk.audit.AuditLog;
import nl.mijnaansluiting.servicedesk.error.Problem;
import nl.mijnaansluiting.servicedesk.error.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The business calendars and goal sets in force: the shipped presets with, on top, what admins saved.
 * A saved definition is checked whole first (a calendar without working time, overlapping hours, a goal
 * without a known calendar, a target of zero or less are refused, naming the field) and nothing changes
 * when it is wrong. Compiled once per stored state; every node sees a save at its next use.
 */
public class SlaSettings {

    public static final String AUDIT_SUBJECT = "sla";

    /** Calendars and goal sets as they are at one moment. */
    public static final class Snapshot {
        private final Map<String, BusinessCalendar> calendars;
        private final Map<String, SlaScheme> schemes;

        Snapshot(Map<String, BusinessCalendar> calendars, Map<String, SlaScheme> schemes) {
            this.calendars = Map.copyOf(calendars);
            this.schemes = Map.copyOf(schemes);
        }

        public Map<String, BusinessCalendar> calendars() {
            return calendars;
        }

        public Map<String, SlaScheme> schemes() {
            return schemes;
        }

        public BusinessCalendar calendar(String key) {
            BusinessCalendar calendar = calendars.get(key);
            if (calendar == null) {
                throw new IllegalStateException("no calendar " + key);
            }
            return calendar;
        }

        /** The goal set of a scheme, or null when it has none. */
        public SlaScheme scheme(String key) {
            return key == null ? null : schemes.get(key);
        }
    }

    private final Map<String, BusinessCalendar> presetCalendars;
    private final Map<String, SlaScheme> presetSchemes;
    private final SlaSettingsStore store;
    private final ReplanStore replans;
    private final AuditLog auditLog;
    private final Clock clock;
    private volatile String cachedStamp;
    private volatile Snapshot cached;

    /** Settings whose changes no clock follows: for tests and tools that keep no clocks. */
    public SlaSettings(SlaSettingsStore store, AuditLog auditLog, Clock clock) {
        this(Objects.requireNonNull(store), null, auditLog, clock, SlaPresets.calendars(), SlaPresets.schemes());
    }

    /** @param replans where a change queues the re-plan of the running and paused clocks that use it */
    public SlaSettings(SlaSettingsStore store, ReplanStore replans, AuditLog auditLog, Clock clock) {
        this(Objects.requireNonNull(store), Objects.requireNonNull(replans), auditLog, clock, SlaPresets.calendars(), SlaPresets.schemes());
    }

    private SlaSettings(SlaSettingsStore store, ReplanStore replans, AuditLog auditLog, Clock clock,
                        Map<String, BusinessCalendar> calendars, Map<String, SlaScheme> schemes) {
        this.store = store;
        this.replans = replans;
        this.auditLog = auditLog;
        this.clock = clock;
        this.presetCalendars = calendars;
        this.presetSchemes = schemes;
    }

    /** Only the presets, read-only: for benchmarks and tests of what builds on them. */
    public static SlaSettings presets() {
        return new SlaSettings(null, null, null, null, SlaPresets.calendars(), SlaPresets.schemes());
    }

    public Snapshot current() {
        if (store == null) {
            Snapshot snapshot = cached;
            if (snapshot == null) {
                snapshot = new Snapshot(presetCalendars, presetSchemes);
                cached = snapshot;
            }
            return snapshot;
        }
        String stamp = store.stamp();
        Snapshot snapshot = cached;
        if (snapshot != null && stamp.equals(cachedStamp)) {
            return snapshot;
        }
        Map<String, BusinessCalendar> calendars = new LinkedHashMap<>(presetCalendars);
        store.all(SlaSettingsStore.CALENDAR).forEach((key, json) -> calendars.put(key, SlaDefinitions.readCalendar(SlaDefinitions.parse(json))));
        Map<String, SlaScheme> schemes = new LinkedHashMap<>(presetSchemes);
        store.all(SlaSettingsStore.GOALS).forEach((key, json) -> schemes.put(key, SlaDefinitions.readScheme(SlaDefinitions.parse(json), calendars)));
        snapshot = new Snapshot(calendars, schemes);
        cached = snapshot;
        cachedStamp = stamp;
        return snapshot;
    }

    /** Checks a calendar as saving would, and saves nothing (the editors' "check"). */
    public BusinessCalendar checkCalendar(String key, JsonNode definition) {
        BusinessCalendar calendar = SlaDefinitions.readCalendar(definition);
        requireKey(calendar.key(), key);
        return calendar;
    }

    /** Checks a goal set as saving would, and saves nothing. */
    public SlaScheme checkGoals(String key, JsonNode definition) {
        SlaScheme scheme = SlaDefinitions.readScheme(definition, current().calendars());
        requireKey(scheme.key(), key);
        return scheme;
    }

    public BusinessCalendar saveCalendar(Caller admin, String key, JsonNode definition) {
        requireAdmin(admin);
        BusinessCalendar calendar = SlaDefinitions.readCalendar(definition);
        requireKey(calendar.key(), key);
        String before = calendarBefore(key);
        Instant at = clock.instant();
        store.save(SlaSettingsStore.CALENDAR, key, SlaDefinitions.toJson(calendar).toString(), admin.username(), at);
        replan(SlaSettingsStore.CALENDAR, key, at, admin, before);
        audit(admin, key, "sla.calendar.changed");
        return calendar;
    }

    public SlaScheme saveGoals(Caller admin, String key, JsonNode definition) {
        requireAdmin(admin);
        SlaScheme scheme = SlaDefinitions.readScheme(definition, current().calendars());
        requireKey(scheme.key(), key);
        Instant at = clock.instant();
        store.save(SlaSettingsStore.GOALS, key, SlaDefinitions.toJson(scheme).toString(), admin.username(), at);
        replan(SlaSettingsStore.GOALS, key, at, admin, null);
        audit(admin, key, "sla.goals.changed");
        return scheme;
    }

    /** Back to the shipped preset (or gone when an admin added it); refused while goals still count on it. */
    public void reset(Caller admin, String kind, String key) {
        requireAdmin(admin);
        if (SlaSettingsStore.CALENDAR.equals(kind) && !presetCalendars.containsKey(key)) {
            current().schemes().values().stream().flatMap(s -> s.goals().stream())
                    .filter(g -> g.calendarKey().equals(key)).findFirst().ifPresent(g -> {
                        throw new ProblemException(Problem.CONFLICT, "calendar", "ma.sla.error.calendar-in-use", key);
                    });
        }
        String before = SlaSettingsStore.CALENDAR.equals(kind) ? calendarBefore(key) : null;
        Instant at = clock.instant();
        if (!store.delete(kind, key)) {
            throw ProblemException.notFound("ma.sla.error.not-changed", key);
        }
        replan(kind, key, at, admin, before);
        audit(admin, key, "sla." + kind + ".reset");
    }

    /** The calendar as it counted until now (JSON), for the re-plan to count the time used so far in it. */
    private String calendarBefore(String key) {
        BusinessCalendar before = current().calendars().get(key);
        return before == null ? null : SlaDefinitions.toJson(before).toString();
    }

    /** Running and paused clocks that use it follow the change, in the background ({@link ClockReplanning}). */
    private void replan(String kind, String key, Instant at, Caller admin, String before) {
        if (replans != null) {
            replans.add(kind, key, at, admin.username(), before);
        }
    }

    private void audit(Caller admin, String key, String action) {
        auditLog.record(new AuditEvent(clock.instant(), admin.username(), AUDIT_SUBJECT, key, action, key));
    }

    private static void requireKey(String inDefinition, String inAddress) {
        if (!Objects.equals(inDefinition, inAddress)) {
            throw ProblemException.badInput("key", "ma.priority.error.key-mismatch", inDefinition, inAddress);
        }
    }

    private void requireAdmin(Caller caller) {
        if (caller == null || !caller.isAdmin()) {
            throw ProblemException.forbidden("ma.error.admin-only");
        }
        if (store == null) {
            throw new IllegalStateException("presets only: nothing can be saved");
        }
    }
}
