package nl.mijnaansluiting.servicedesk.web;

import com.atlassian.annotations.security.LicensedOnly;
import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.access.CallerSource;
import nl.mijnaansluiting.servicedesk.availability.AvailabilityReport;
import nl.mijnaansluiting.servicedesk.availability.AvailabilityReports;
import nl.mijnaansluiting.servicedesk.error.ProblemException;
import nl.mijnaansluiting.servicedesk.sla.ComplianceReports;
import nl.mijnaansluiting.servicedesk.text.Formats;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Availability per product and calendar month (seed 001) for service managers and agents: downtime from the
 * "niet beschikbaar" incidents, maintenance windows left out, against the norm; the same as CSV. Agents hold a Jira
 * licence ({@link LicensedOnly}); the page still checks that the caller is staff itself.
 */
@LicensedOnly
public class AvailabilityReportServlet extends HttpServlet {

    static final String PATH = "/plugins/servlet/ma-servicedesk/reports/availability";
    private static final String CSV = "/rest/ma-servicedesk/1.0/reports/availability";

    private final CallerSource callers;
    private final AvailabilityReports reports;
    private final PageRenderer renderer;
    private final Clock clock;

    public AvailabilityReportServlet(CallerSource callers, AvailabilityReports reports, PageRenderer renderer, Clock clock) {
        this.callers = callers;
        this.reports = reports;
        this.renderer = renderer;
        this.clock = clock;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Caller> staff = Pages.staff(callers, renderer, request, response);
        if (staff.isEmpty()) {
            return;
        }
        Caller caller = staff.get();
        String monthText = Optional.ofNullable(request.getParameter("month")).filter(s -> !s.isBlank())
                .orElse(YearMonth.now(clock.withZone(ZoneId.of("Europe/Amsterdam"))).toString());
        Map<String, Object> values = new HashMap<>();
        values.put("month", monthText);
        values.put("action", renderer.chrome().baseUrl() + PATH);
        int status = 200;
        try {
            AvailabilityReport report = reports.report(ComplianceReports.month(monthText));
            Formats formats = renderer.formats(caller);
            values.put("monthName", formats.month(report.month()));
            values.put("lines", report.lines().stream().map(line -> {
                Map<String, Object> row = new HashMap<>();
                row.put("product", line.product());
                row.put("scheme", line.schemeKey());
                row.put("hours", formats.duration(line.period()));
                row.put("down", formats.duration(line.down()));
                row.put("downMinutes", line.downMinutes());
                row.put("maintenance", line.maintenance().isZero() ? "" : formats.duration(line.maintenance()));
                row.put("allowed", formats.duration(line.allowed()));
                // Three decimals: 99.583 % and 99.6 % differ by half an hour of a month.
                row.put("availability", renderer.messages().text(caller.locale(), "ma.format.percent",
                        formats.number(line.availabilityPercent(), 3)));
                row.put("norm", formats.percent(line.normPercent()));
                row.put("meetsNorm", line.meetsNorm());
                row.put("example", line.example());
                row.put("requests", String.join(", ", line.requests()));
                return row;
            }).collect(Collectors.toList()));
            values.put("csvUrl", renderer.chrome().baseUrl() + CSV + "?month=" + report.month() + "&format=csv");
            values.put("error", "");
        } catch (ProblemException problem) {
            status = problem.problem().httpStatus();
            values.put("lines", List.of());
            values.put("csvUrl", "");
            values.put("error", renderer.messages().text(caller.locale(), problem.messageKey(), problem.arguments()));
        }
        renderer.write(response, status, "templates/reports/availability.vm", caller, values);
    }
}
