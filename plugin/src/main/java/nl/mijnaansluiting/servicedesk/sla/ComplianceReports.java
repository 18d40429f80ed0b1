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

    public ComplianceReports(ClockStore clocks, PriorityDecisions decisions, SlaSettings settings) {
        this.clocks = clocks;
        this.decisions = decisions;
        this.settings = settings;
    }

    public static ComplianceReports presets(ClockStore clocks, PriorityDecisions decisions) {
        return new ComplianceReports(clocks, decisions, SlaSettings.presets());
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
        SlaScheme scheme = settings.current().scheme(schemeKey);
        if (scheme == null) {
            throw ProblemException.notFound("ma.reports.error.unknown-scheme", schemeKey);
        }
        Instant from = month.atDay(1).atStartOfDay(SERVICE_DESK_ZONE).toInstant();
        Instant until = month.plusMonths(1).atDay(1).atStartOfDay(SERVICE_DESK_ZONE).toInstant();
        Map<String, Optional<PriorityDecision>> decided = new LinkedHashMap<>();
        Map<List<String>, List<ClockStore.StoredClock>> groups = new LinkedHashMap<>();
        for (ClockStore.StoredClock stored : clocks.stoppedBetween(from, until)) {
            Optional<PriorityDecision> decision = decided.computeIfAbsent(stored.requestKey(), decisions::of);
            // Status updates are reminders, not goals with a norm.
            if (decision.isEmpty() || !decision.get().schemeKey().equals(schemeKey)
                    || Goal.STATUS_UPDATE.equals(stored.clock().metric())) {
                continue;
            }
            groups.computeIfAbsent(List.of(decision.get().product(), decision.get().level(), stored.clock().metric()),
                    k -> new ArrayList<>()).add(stored);
        }
        List<ComplianceReport.Line> lines = new ArrayList<>();
        groups.forEach((key, group) -> {
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
            lines.add(new ComplianceReport.Line(key.get(0), key.get(1), key.get(2), norm, group.size(), met, breaches));
        });
        List<String> levels = scheme.levels();
        lines.sort(Comparator.comparing(ComplianceReport.Line::product)
                .thenComparing(l -> levels.indexOf(l.priority()))
                .thenComparing(ComplianceReport.Line::metric));
        return new ComplianceReport(schemeKey, month, lines);
    }
}
