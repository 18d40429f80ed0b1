package nl.mijnaansluiting.servicedesk.sla;

import nl.mijnaansluiting.servicedesk.error.ProblemException;
import nl.mijnaansluiting.servicedesk.priority.PriorityDecision;
import nl.mijnaansluiting.servicedesk.priority.PriorityDecisions;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the monthly compliance report of a scheme from the clocks that were met or breached that month
 * (one indexed query), with each request's product and priority from its priority decision.
 */
public class ComplianceReports {

    /** Months start and end in the service desk's zone. */
    static final ZoneId SERVICE_DESK_ZONE = ZoneId.of("Europe/Amsterdam");

    private final ClockStore clocks;
    private final PriorityDecisions decisions;
    private final SlaSettings settings;
    private final nl.mijnaansluiting.servicedesk.audit.AuditLog auditLog;

    public ComplianceReports(ClockStore clocks, PriorityDecisions decisions, SlaSettings settings) {
        this(clocks, decisions, settings, null);
    }

    /** @param auditLog where recalculations of a month are recorded, so the report says when and by whom */
    public ComplianceReports(ClockStore clocks, PriorityDecisions decisions, SlaSettings settings,
                             nl.mijnaansluiting.servicedesk.audit.AuditLog auditLog) {
        this.clocks = clocks;
        this.decisions = decisions;
        this.settings = settings;
        this.auditLog = auditLog;
    }

    public static ComplianceReports presets(ClockStore clocks, PriorityDecisions decisions) {
        return new ComplianceReports(clocks, decisions, SlaSettings.presets());
    }

    /** The audit trail's subject of a month's recalculations: "mijnoverheid/2026-11". */
    public static final String RECALCULATED_SUBJECT = "sla-month";

    static String monthKey(String schemeKey, YearMonth month) {
        return schemeKey + "/" + month;
    }

    /** The months a clock stopped in count in; the service desk's zone decides. */
    public static YearMonth monthOf(Instant moment) {
        return YearMonth.from(moment.atZone(SERVICE_DESK_ZONE));
    }

    /** First moment of a month, and of the next: the report's bounds. */
    public static Instant[] bounds(YearMonth month) {
        return new Instant[] {month.atDay(1).atStartOfDay(SERVICE_DESK_ZONE).toInstant(),
                month.plusMonths(1).atDay(1).atStartOfDay(SERVICE_DESK_ZONE).toInstant()};
    }

    public List<String> schemeKeys() {
        return new ArrayList<>(new java.util.TreeSet<>(settings.current().schemes().keySet()));
    }

    /** "2026-11"; anything else is a 400 naming the month. */
    public static YearMonth month(String text) {
        YearMonth month;
        try {
            month = YearMonth.parse(text == null ? "" : text.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.badInput("month", "ma.reports.error.month", text);
        }
        // "-2026-12" parses (the year -2026): only months the service desk can have worked in (issue 17).
        if (month.getYear() < 1970 || month.getYear() > 2199) {
            throw ProblemException.badInput("month", "ma.reports.error.month", text);
        }
        return month;
    }

    public ComplianceReport report(String schemeKey, YearMonth month) {
        Instant[] bounds = bounds(month);
        requireScheme(schemeKey);
        return report(schemeKey, month, clocks.stoppedBetween(bounds[0], bounds[1]));
    }

    /**
     * The periods each clock waited for the customer, by clock key, from the steps the clocks keep (one query for
     * all requests): a pause until the next resume, stop or reopen, measured in the calendar the clock counted on
     * when it paused, against the target it had then. A pause without its end (the request still waits) is left out.
     */
    private Map<String, List<ComplianceReport.Wait>> waits(java.util.Collection<String> requestKeys) {
        Map<String, List<ComplianceReport.Wait>> waits = new LinkedHashMap<>();
        if (requestKeys.isEmpty()) {
            return waits;
        }
        Map<String, ClockEvent> paused = new java.util.HashMap<>();
        SlaSettings.Snapshot current = settings.current();
        for (ClockEvent event : clocks.history(requestKeys)) {
            switch (event.kind()) {
                case PAUSE -> {
                    if (event.after().state() == SlaClock.State.PAUSED) {
                        paused.putIfAbsent(event.clockKey(), event);
                    }
                }
                case RESUME, STOP, REOPEN -> {
                    ClockEvent pause = paused.remove(event.clockKey());
                    BusinessCalendar calendar = pause == null ? null : current.calendars().get(pause.calendarKey());
                    if (calendar != null && event.at().isAfter(pause.at())) {
                        waits.computeIfAbsent(event.clockKey(), k -> new ArrayList<>()).add(new ComplianceReport.Wait(
                                event.requestKey(), pause.at(), event.at(), calendar.workingTimeBetween(pause.at(), event.at()),
                                pause.after().target()));
                    }
                }
                default -> {
                }
            }
        }
        return waits;
    }

    private SlaScheme requireScheme(String schemeKey) {
        SlaScheme scheme = settings.current().scheme(schemeKey);
        if (scheme == null) {
            throw ProblemException.notFound("ma.reports.error.unknown-scheme", schemeKey);
        }
        return scheme;
    }

    /**
     * The report over these clocks (those that stopped in the month: what a recalculation's dry run shows before
     * and after), with the month's recalculations.
     */
    public ComplianceReport report(String schemeKey, YearMonth month, List<ClockStore.StoredClock> stopped) {
        SlaScheme scheme = requireScheme(schemeKey);
        Instant[] bounds = bounds(month);
        Map<String, Optional<PriorityDecision>> decided = new LinkedHashMap<>();
        Map<List<String>, List<ClockStore.StoredClock>> groups = new LinkedHashMap<>();
        for (ClockStore.StoredClock stored : stopped) {
            Optional<Instant> stoppedAt = stored.clock().stoppedAt();
            if (stoppedAt.isEmpty() || stoppedAt.get().isBefore(bounds[0]) || !stoppedAt.get().isBefore(bounds[1])) {
                continue;
            }
            Optional<PriorityDecision> decision = decided.computeIfAbsent(stored.requestKey(), decisions::of);
            // Status updates are reminders, not goals with a norm.
            if (decision.isEmpty() || !decision.get().schemeKey().equals(schemeKey)
                    || Goal.STATUS_UPDATE.equals(stored.clock().metric())) {
                continue;
            }
            groups.computeIfAbsent(List.of(decision.get().product(), decision.get().level(), stored.clock().metric()),
                    k -> new ArrayList<>()).add(stored);
        }
        Map<String, List<ComplianceReport.Wait>> waits = waits(groups.values().stream().flatMap(List::stream)
                .map(ClockStore.StoredClock::requestKey).collect(java.util.stream.Collectors.toSet()));
        List<ComplianceReport.Line> lines = new ArrayList<>();
        groups.forEach((key, group) -> {
            List<ComplianceReport.Wait> lineWaits = new ArrayList<>();
            group.forEach(stored -> lineWaits.addAll(waits.getOrDefault(stored.clockKey(), List.of())));
            int norm = scheme.goalsFor(key.get(1)).stream().filter(g -> g.metric().equals(key.get(2)))
                    .mapToInt(Goal::normPercent).findFirst().orElse(100);
            List<ComplianceReport.Breach> breaches = new ArrayList<>();
            int met = 0;
            for (ClockStore.StoredClock stored : group) {
                if (stored.clock().state() == SlaClock.State.MET) {
                    met++;
                } else {
                    breaches.add(new ComplianceReport.Breach(stored.requestKey(), stored.clock().used(), stored.clock().target()));
                }
            }
            lines.add(new ComplianceReport.Line(key.get(0), key.get(1), key.get(2), norm, group.size(), met, breaches, lineWaits));
        });
        List<String> levels = scheme.levels();
        lines.sort(Comparator.comparing(ComplianceReport.Line::product)
                .thenComparing(l -> levels.indexOf(l.priority()))
                .thenComparing(ComplianceReport.Line::metric));
        List<ComplianceReport.Recalculated> recalculated = new ArrayList<>();
        if (auditLog != null) {
            auditLog.about(RECALCULATED_SUBJECT, monthKey(schemeKey, month), 20).forEach(e ->
                    recalculated.add(new ComplianceReport.Recalculated(e.at(), e.actor(), e.details())));
        }
        return new ComplianceReport(schemeKey, month, lines, recalculated);
    }
}
