package nl.mijnaansluiting.servicedesk.sla;

import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.audit.AuditEvent;
import nl.mijnaansluiting.servicedesk.audit.AuditLog;
import nl.mijnaansluiting.servicedesk.error.Problem;
import nl.mijnaansluiting.servicedesk.error.ProblemException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Recalculates clocks from their recorded steps (start, pause, resume, stop, reopen, priority) with today's
 * calendars and goals: for one request, a deelnemer's requests, a scheme, or the clocks a scheme's month report counts, completed ones
 * included, so a wrongly configured holiday can be corrected after the fact. A dry run shows what would change
 * (due moments, met or breached, the month's compliance before and after) and a fingerprint of it; applying
 * recalculates again and changes the clocks only when that fingerprint still holds, so what the admin confirmed is
 * what happens. Nothing is deleted: each changed clock gets a "recalculated" step that keeps its previous values,
 * the change is audited, and each month touched records who recalculated it (the report shows it).
 */
public class Recalculation {

    /** At most this many clocks per recalculation: a larger scope is refused, asking for a narrower one. */
    public static final int MAX_CLOCKS = 5000;
    private static final int PAGE = 500;

    /** What to recalculate. */
    public enum ScopeType { REQUEST, DEELNEMER, SCHEME, MONTH }

    /**
     * One request ({@code key} is its key), every request of a deelnemer ({@code key} the organisation), every clock of a
     * scheme ({@code key} the scheme), or the clocks of a scheme that stopped in a month.
     */
    public record Scope(ScopeType type, String key, YearMonth month) {

        /** From a form or a body: a request key, or a scheme (with a month, "2026-11", for that month only). */
        public static Scope of(String request, String scheme, String month) {
            return of(request, null, scheme, month);
        }

        /** As {@link #of(String, String, String)}, or a deelnemer (an organisation's key) when no request is named. */
        public static Scope of(String request, String deelnemer, String scheme, String month) {
            String d = deelnemer == null ? "" : deelnemer.trim();
            if ((request == null || request.isBlank()) && !d.isEmpty()) {
                if (d.length() > 100) {
                    throw ProblemException.badInput("deelnemer", "ma.form.error.too-long", 100);
                }
                return new Scope(ScopeType.DEELNEMER, d, null);
            }
            String r = request == null ? "" : request.trim();
            String s = scheme == null ? "" : scheme.trim();
            String m = month == null ? "" : month.trim();
            if (!r.isEmpty()) {
                if (r.length() > 100) {
                    throw ProblemException.badInput("request", "ma.form.error.too-long", 100);
                }
                return new Scope(ScopeType.REQUEST, r, null);
            }
            if (s.isEmpty()) {
                throw ProblemException.badInput("request", "ma.sla.recalc.error.scope");
            }
            return m.isEmpty() ? new Scope(ScopeType.SCHEME, s, null) : new Scope(ScopeType.MONTH, s, ComplianceReports.month(m));
        }

        /** "request:MA-1", "scheme:mijnoverheid", "month:mijnoverheid/2026-11": the cause's detail and the audit's key. */
        public String describe() {
            return type == ScopeType.MONTH ? "month:" + key + "/" + month : type.name().toLowerCase(java.util.Locale.ROOT) + ":" + key;
        }
    }

    /** One clock as it is and as it would be. */
    public record Change(ClockStore.StoredClock before, ClockStore.StoredClock after) {
        public boolean outcomeChanged() {
            return before.clock().state() != after.clock().state();
        }
    }

    /** A clock that cannot be recalculated, and why (a message key). */
    public record Skipped(ClockStore.StoredClock clock, String reasonKey) {
    }

    /** A month's compliance report before and after. */
    public record MonthFigures(String schemeKey, YearMonth month, ComplianceReport before, ComplianceReport after) {
    }

    /** What a recalculation would change (dry run) or changed (applied). */
    public record Plan(Scope scope, int examined, List<Change> changes, List<Skipped> skipped, List<MonthFigures> months,
                       String fingerprint, boolean applied) {
    }

    private final SlaSettings settings;
    private final ClockStore clocks;
    private final ComplianceReports reports;
    private final AttentionPlanner planner;
    private final RequestIndex index;
    private final AuditLog auditLog;
    private final Clock clock;
    private final nl.mijnaansluiting.servicedesk.request.CustomerDirectory deelnemers;
    private final nl.mijnaansluiting.servicedesk.request.OrganisationRequests deelnemerRequests;

    /**
     * @param deelnemers        the deelnemers a scope can name
     * @param deelnemerRequests a deelnemer's requests, for the scope of one deelnemer
     */
    public Recalculation(SlaSettings settings, ClockStore clocks, ComplianceReports reports, AttentionPlanner planner,
                         RequestIndex index, AuditLog auditLog, Clock clock,
                         nl.mijnaansluiting.servicedesk.request.CustomerDirectory deelnemers,
                         nl.mijnaansluiting.servicedesk.request.OrganisationRequests deelnemerRequests) {
        this.deelnemers = deelnemers;
        this.deelnemerRequests = deelnemerRequests;
        this.settings = settings;
        this.clocks = clocks;
        this.reports = reports;
        this.planner = planner;
        this.index = index;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** What recalculating would change; changes nothing. */
    public Plan dryRun(Caller admin, Scope scope) {
        requireAdmin(admin);
        return plan(scope, false);
    }

    /**
     * Recalculates and changes the clocks, when the outcome is still the one the admin saw ({@code fingerprint} of
     * the dry run); otherwise refused (409) and nothing changes.
     */
    public Plan apply(Caller admin, Scope scope, String fingerprint) {
        requireAdmin(admin);
        Plan plan = plan(scope, false);
        if (fingerprint == null || !plan.fingerprint().equals(fingerprint.trim())) {
            throw new ProblemException(Problem.CONFLICT, "fingerprint", "ma.sla.recalc.error.changed");
        }
        SlaSettings.Snapshot now = settings.current();
        ClockEvent.Cause by = ClockEvent.Cause.recalculation(admin.username(), "scope:" + scope.describe());
        java.time.Instant at = clock.instant();
        List<ClockStore.StoredClock> after = new ArrayList<>();
        plan.changes().forEach(c -> after.add(c.after()));
        clocks.inTransaction(() -> {
            Map<String, Optional<java.time.Instant>> attention = planner.nextAttention(after, c -> now.calendar(c.calendarKey()));
            List<ClockStore.Change> changes = new ArrayList<>();
            for (Change change : plan.changes()) {
                changes.add(new ClockStore.Change(change.after(), attention.get(change.after().clockKey()).orElse(null),
                        ClockEvent.of(change.before(), change.after(), ClockEvent.Kind.RECALCULATED, at, by)));
            }
            clocks.saveAll(changes);
            return null;
        });
        auditLog.record(new AuditEvent(at, admin.username(), SlaSettings.AUDIT_SUBJECT, scope.describe(), "sla.recalculated",
                plan.changes().size() + " / " + plan.examined()));
        for (MonthFigures month : plan.months()) {
            auditLog.record(new AuditEvent(at, admin.username(), ComplianceReports.RECALCULATED_SUBJECT,
                    ComplianceReports.monthKey(month.schemeKey(), month.month()), "sla.month.recalculated", scope.describe()));
        }
        Set<String> requests = new LinkedHashSet<>();
        plan.changes().forEach(c -> requests.add(c.after().requestKey()));
        if (!requests.isEmpty()) {
            index.reindex(requests);
        }
        return new Plan(scope, plan.examined(), plan.changes(), plan.skipped(), months(plan.months(), plan.changes()), plan.fingerprint(), true);
    }

    /** After applying, each month's "after" is what the report now reads. */
    private List<MonthFigures> months(List<MonthFigures> planned, List<Change> changes) {
        List<MonthFigures> months = new ArrayList<>();
        planned.forEach(m -> months.add(new MonthFigures(m.schemeKey(), m.month(), m.before(), reports.report(m.schemeKey(), m.month()))));
        return months;
    }

    private Plan plan(Scope scope, boolean applied) {
        List<ClockStore.StoredClock> chosen = clocksOf(scope);
        SlaSettings.Snapshot now = settings.current();
        Map<String, List<ClockEvent>> steps = new HashMap<>();
        Set<String> requests = new LinkedHashSet<>();
        chosen.forEach(c -> requests.add(c.requestKey()));
        for (ClockEvent event : clocks.history(requests)) {
            steps.computeIfAbsent(event.clockKey(), k -> new ArrayList<>()).add(event);
        }
        List<Change> changes = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (ClockStore.StoredClock stored : chosen) {
            Object outcome = replay(stored, steps.getOrDefault(stored.clockKey(), List.of()), now);
            if (outcome instanceof String) {
                skipped.add(new Skipped(stored, (String) outcome));
            } else {
                ClockStore.StoredClock after = (ClockStore.StoredClock) outcome;
                if (!after.clock().sameAs(stored.clock()) || !after.calendarKey().equals(stored.calendarKey())
                        || !after.clock().used().equals(stored.clock().used()) && after.clock().state() != SlaClock.State.RUNNING) {
                    changes.add(new Change(stored, after));
                }
            }
        }
        return new Plan(scope, chosen.size(), changes, skipped, figures(scope, changes), fingerprint(changes), applied);
    }

    /**
     * The clock replayed from its recorded steps with today's goal and calendar, or the key of the reason it cannot
     * be (no recorded start: a clock from before steps were kept; its goal or calendar is gone).
     */
    static Object replay(ClockStore.StoredClock stored, List<ClockEvent> steps, SlaSettings.Snapshot now) {
        List<ClockEvent> replayed = steps.stream().filter(e -> e.kind().isReplayed()).sorted(Comparator.comparing(ClockEvent::at))
                .collect(java.util.stream.Collectors.toList());
        if (replayed.isEmpty() || replayed.get(0).kind() != ClockEvent.Kind.START) {
            return "ma.sla.recalc.skipped.no-start";
        }
        ClockEvent start = replayed.get(0);
        String scheme = start.schemeKey();
        String level = start.priority();
        Optional<Goal> goal = goal(now, scheme, level, stored.clock().metric());
        if (goal.isEmpty() || !now.calendars().containsKey(goal.get().calendarKey())) {
            return "ma.sla.recalc.skipped.no-goal";
        }
        BusinessCalendar calendar = now.calendar(goal.get().calendarKey());
        SlaClock clock = SlaClock.start(stored.clock().metric(), goal.get().target().on(calendar), calendar, start.at());
        for (ClockEvent step : replayed.subList(1, replayed.size())) {
            switch (step.kind()) {
                case PAUSE -> clock = clock.pause(calendar, step.at());
                case RESUME -> clock = clock.resume(calendar, step.at());
                case STOP -> clock = clock.stop(calendar, step.at());
                case REOPEN -> clock = clock.reopen(calendar, step.at());
                case PRIORITY -> {
                    level = step.priority();
                    Optional<Goal> atLevel = goal(now, scheme, level, stored.clock().metric());
                    if (atLevel.isPresent()) {
                        clock = clock.retarget(atLevel.get().target().on(calendar), calendar, step.at());
                    }
                }
                case START -> {
                    // A second start of the same goal is not a step a clock takes; the first one counts.
                }
                default -> throw new IllegalStateException("not replayed: " + step.kind());
            }
        }
        return new ClockStore.StoredClock(stored.requestKey(), calendar.key(), clock, scheme, level);
    }

    private static Optional<Goal> goal(SlaSettings.Snapshot now, String scheme, String level, String metric) {
        SlaScheme goals = now.scheme(scheme);
        if (goals == null) {
            return Optional.empty();
        }
        String at = level == null ? Goal.ANY_PRIORITY : level;
        Optional<Goal> own = goals.goals().stream().filter(g -> g.priority().equals(at) && g.metric().equals(metric)).findFirst();
        return own.isPresent() ? own : goals.goalsFor(at).stream().filter(g -> g.metric().equals(metric)).findFirst();
    }

    private List<ClockStore.StoredClock> clocksOf(Scope scope) {
        switch (scope.type()) {
            case REQUEST: {
                List<ClockStore.StoredClock> of = clocks.of(scope.key());
                if (of.isEmpty()) {
                    throw ProblemException.notFound("ma.sla.recalc.error.no-clocks", scope.key());
                }
                return of;
            }
            case DEELNEMER: {
                nl.mijnaansluiting.servicedesk.request.Organisation deelnemer = deelnemers.organisation(scope.key())
                        .orElseThrow(() -> ProblemException.notFound("ma.sla.recalc.error.unknown-deelnemer", scope.key()));
                // One more than allowed: a deelnemer with too many requests is refused, asking for a narrower scope.
                List<String> requests = deelnemerRequests.requestKeys(deelnemer, MAX_CLOCKS + 1);
                tooMany(requests.size());
                List<ClockStore.StoredClock> of = clocks.ofRequests(requests);
                tooMany(of.size());
                return of;
            }
            case SCHEME: {
                requireScheme(scope.key());
                List<ClockStore.StoredClock> all = new ArrayList<>();
                String cursor = null;
                while (true) {
                    List<ClockStore.StoredClock> page = clocks.using(ClockStore.Usage.SCHEME, scope.key(), false, cursor, PAGE);
                    all.addAll(page);
                    tooMany(all.size());
                    if (page.size() < PAGE) {
                        return all;
                    }
                    cursor = page.get(page.size() - 1).clockKey();
                }
            }
            default: {
                requireScheme(scope.key());
                java.time.Instant[] bounds = ComplianceReports.bounds(scope.month());
                List<ClockStore.StoredClock> stopped = new ArrayList<>();
                for (ClockStore.StoredClock c : clocks.stoppedBetween(bounds[0], bounds[1])) {
                    if (c.schemeKey().map(scope.key()::equals).orElse(false)) {
                        stopped.add(c);
                    }
                }
                tooMany(stopped.size());
                return stopped;
            }
        }
    }

    private void requireScheme(String key) {
        if (settings.current().scheme(key) == null) {
            throw ProblemException.notFound("ma.reports.error.unknown-scheme", key);
        }
    }

    private static void tooMany(int count) {
        if (count > MAX_CLOCKS) {
            throw ProblemException.badInput("request", "ma.sla.recalc.error.too-many", MAX_CLOCKS);
        }
    }

    /** The months whose report the changes touch (and the month of a month's scope), before and after. */
    private List<MonthFigures> figures(Scope scope, List<Change> changes) {
        Map<List<Object>, List<Change>> touched = new LinkedHashMap<>();
        if (scope.type() == ScopeType.MONTH) {
            touched.put(List.of(scope.key(), scope.month()), new ArrayList<>());
        }
        for (Change change : changes) {
            String scheme = change.after().schemeKey().orElse(null);
            if (scheme == null || settings.current().scheme(scheme) == null) {
                continue;
            }
            for (ClockStore.StoredClock side : List.of(change.before(), change.after())) {
                side.clock().stoppedAt().ifPresent(at -> touched.computeIfAbsent(List.of(scheme, ComplianceReports.monthOf(at)),
                        k -> new ArrayList<>()).add(change));
            }
        }
        List<MonthFigures> figures = new ArrayList<>();
        touched.forEach((key, inMonth) -> {
            String scheme = (String) key.get(0);
            YearMonth month = (YearMonth) key.get(1);
            java.time.Instant[] bounds = ComplianceReports.bounds(month);
            List<ClockStore.StoredClock> before = clocks.stoppedBetween(bounds[0], bounds[1]);
            Map<String, ClockStore.StoredClock> after = new LinkedHashMap<>();
            before.forEach(c -> after.put(c.clockKey(), c));
            inMonth.forEach(c -> after.put(c.after().clockKey(), c.after()));
            figures.add(new MonthFigures(scheme, month, reports.report(scheme, month, before),
                    reports.report(scheme, month, new ArrayList<>(after.values()))));
        });
        return figures;
    }

    /** Short and stable over the same outcome: what the admin saw is what is applied. */
    static String fingerprint(List<Change> changes) {
        StringBuilder text = new StringBuilder();
        changes.stream().map(Change::after).sorted(Comparator.comparing(ClockStore.StoredClock::clockKey)).forEach(c ->
                text.append(c.clockKey()).append('|').append(c.clock().state()).append('|').append(c.clock().dueAt().orElse(null))
                        .append('|').append(c.clock().used()).append('|').append(c.clock().stoppedAt().orElse(null)).append('|')
                        .append(c.clock().target()).append('\n'));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                hex.append(String.format("%02x", hash[i]));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void requireAdmin(Caller caller) {
        if (caller == null || !caller.isAdmin()) {
            throw ProblemException.forbidden("ma.error.admin-only");
        }
    }
}
