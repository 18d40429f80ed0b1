package nl.mijnaansluiting.servicedesk.availability;

import nl.mijnaansluiting.servicedesk.sla.BusinessCalendar;
import nl.mijnaansluiting.servicedesk.sla.ComplianceReports;
import nl.mijnaansluiting.servicedesk.sla.SlaSettings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Builds a month's availability report from the outages that overlap it (one indexed query): per product the
 * outages are merged where they overlap (two requests about one outage count once), clipped to the month and
 * still-open ones to now, and measured in the norm's calendar, whose closed windows are the maintenance windows;
 * the calendar's interval arithmetic does the counting, never minute by minute.
 */
public class AvailabilityReports {

    private final OutageStore store;
    private final Outages outages;
    private final SlaSettings settings;
    private final Clock clock;

    public AvailabilityReports(OutageStore store, Outages outages, SlaSettings settings, Clock clock) {
        this.store = store;
        this.outages = outages;
        this.settings = settings;
        this.clock = clock;
    }

    public AvailabilityReport report(YearMonth month) {
        Instant[] bounds = ComplianceReports.bounds(month);
        Instant now = clock.instant();
        List<Outage> overlapping = store.overlapping(bounds[0], bounds[1]);
        List<AvailabilityReport.Line> lines = new ArrayList<>();
        for (AvailabilityNorm norm : outages.norms()) {
            BusinessCalendar calendar = settings.current().calendars().get(norm.calendarKey());
            if (calendar == null) {
                continue;
            }
            List<Outage> mine = overlapping.stream().filter(o -> o.schemeKey().equals(norm.schemeKey())
                    && o.product().equals(norm.product())).sorted(Comparator.comparing(Outage::startedAt)).toList();
            Duration down = Duration.ZERO;
            Duration wall = Duration.ZERO;
            Instant from = null;
            Instant until = null;
            List<String> requests = new ArrayList<>();
            for (Outage outage : mine) {
                Instant start = max(outage.startedAt(), bounds[0]);
                Instant end = min(outage.end().orElse(now), bounds[1]);
                if (!end.isAfter(start)) {
                    continue;
                }
                requests.add(outage.requestKey());
                if (until != null && !start.isAfter(until)) {
                    until = max(until, end);
                    continue;
                }
                if (until != null) {
                    down = down.plus(calendar.workingTimeBetween(from, until));
                    wall = wall.plus(Duration.between(from, until));
                }
                from = start;
                until = end;
            }
            if (until != null) {
                down = down.plus(calendar.workingTimeBetween(from, until));
                wall = wall.plus(Duration.between(from, until));
            }
            lines.add(new AvailabilityReport.Line(norm.schemeKey(), norm.product(), norm.normPercent(), norm.example(),
                    Duration.between(bounds[0], bounds[1]), down, wall.minus(down), requests));
        }
        return new AvailabilityReport(month, lines);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
