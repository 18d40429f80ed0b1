package nl.mijnaansluiting.servicedesk.web;

import com.atlassian.annotations.security.LicensedOnly;
import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.text.Formats;
import nl.mijnaansluiting.servicedesk.access.CallerSource;
import nl.mijnaansluiting.servicedesk.error.ProblemException;
import nl.mijnaansluiting.servicedesk.sla.ComplianceReport;
import nl.mijnaansluiting.servicedesk.sla.ComplianceReports;

import nl.mijnaansluiting.servicedesk.priority.PrioritySchemes;
import nl.mijnaansluiting.servicedesk.request.TemplateCatalogue;

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
 * The monthly SLA compliance report for service managers and agents: per product, priority and goal
 * the share met against its norm, the breaches listed, and the same as CSV. Agents hold a Jira licence
 * ({@link LicensedOnly}); the page still checks that the caller is staff itself.
 */
@LicensedOnly
public class ComplianceReportServlet extends HttpServlet {

    static final String PATH = "/plugins/servlet/ma-servicedesk/reports/compliance";
    private static final String CSV = "/rest/ma-servicedesk/1.0/reports/compliance";

    private final CallerSource callers;
    private final ComplianceReports reports;
    private final PageRenderer renderer;
    private final Clock clock;
    private final PrioritySchemes prioritySchemes;

    /** @param prioritySchemes the schemes' names, by which the report lists them */
    public ComplianceReportServlet(CallerSource callers, ComplianceReports reports, PageRenderer renderer, Clock clock,
                                   PrioritySchemes prioritySchemes) {
        this.prioritySchemes = prioritySchemes;
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
        List<String> schemes = reports.schemeKeys();
        // the add-on's own service desk first: the scheme its request templates are derived by
        String scheme = Optional.ofNullable(request.getParameter("scheme")).filter(s -> !s.isBlank())
                .orElse(schemes.contains(TemplateCatalogue.PRIORITY_SCHEME) ? TemplateCatalogue.PRIORITY_SCHEME : schemes.get(0));
        Map<String, String> names = new HashMap<>();
        prioritySchemes.all().forEach(c -> names.put(c.scheme().key(), c.scheme().name().in(caller.locale())));
        String monthText = Optional.ofNullable(request.getParameter("month")).filter(s -> !s.isBlank())
                .orElse(YearMonth.now(clock.withZone(ZoneId.of("Europe/Amsterdam"))).toString());
        Map<String, Object> values = new HashMap<>();
        values.put("schemes", schemes.stream().map(s -> Map.<String, Object>of("key", s, "name", names.getOrDefault(s, s),
                "selected", s.equals(scheme))).sorted(java.util.Comparator.comparing(m -> ((String) m.get("name")).toLowerCase(caller.locale())))
                .collect(Collectors.toList()));
        values.put("schemeName", names.getOrDefault(scheme, scheme));
        values.put("month", monthText);
        values.put("action", renderer.chrome().baseUrl() + PATH);
        int status = 200;
        try {
            ComplianceReport report = reports.report(scheme, ComplianceReports.month(monthText));
            Formats formats = renderer.formats(caller);
            values.put("monthName", formats.month(report.month()));
            values.put("lines", report.lines().stream().map(line -> {
                Map<String, Object> row = new HashMap<>();
                row.put("product", line.product());
                row.put("priority", line.priority());
                row.put("metric", renderer.messages().text(caller.locale(), "ma.sla.metric." + line.metric()));
                row.put("norm", formats.percent(line.normPercent()));
                row.put("total", line.total());
                row.put("met", line.met());
                row.put("share", formats.percent(line.sharePercent()));
                row.put("meetsNorm", line.meetsNorm());
                row.put("breaches", line.breaches().stream().map(b -> b.requestKey() + " (" + formats.duration(b.used())
                        + " / " + formats.duration(b.target()) + ")")
                        .collect(Collectors.joining(", ")));
                // The afnemer's figure beside Logius' own (seed 001): its waiting periods within the same target.
                row.put("customer", line.waits().isEmpty()
                        ? renderer.messages().text(caller.locale(), "ma.reports.customer-none")
                        : renderer.messages().text(caller.locale(), "ma.reports.customer-waits", String.valueOf(line.waitsWithin()),
                                String.valueOf(line.waits().size()), formats.percent(line.customerSharePercent())));
                row.put("customerWaited", !line.waits().isEmpty());
                row.put("customerMeetsNorm", line.customerMeetsNorm());
                row.put("customerLate", line.waits().stream().filter(w -> !w.within()).map(w -> w.requestKey() + " ("
                        + formats.duration(w.used()) + " / " + formats.duration(w.target()) + ")").collect(Collectors.joining(", ")));
                return row;
            }).collect(Collectors.toList()));
            values.put("recalculations", report.recalculations().stream().map(r -> renderer.messages().text(caller.locale(),
                    "ma.reports.recalculated", renderer.formats(caller).dateTime(r.at()),
                    r.by() == null ? "" : r.by())).collect(Collectors.toList()));
            values.put("csvUrl", renderer.chrome().baseUrl() + CSV + "?scheme=" + report.schemeKey() + "&month=" + report.month()
                    + "&format=csv");
            values.put("error", "");
        } catch (ProblemException problem) {
            status = problem.problem().httpStatus();
            values.put("lines", List.of());
            values.put("recalculations", List.of());
            values.put("csvUrl", "");
            values.put("error", renderer.messages().text(caller.locale(), problem.messageKey(), problem.arguments()));
        }
        renderer.write(response, status, "templates/reports/compliance.vm", caller, values);
    }
}
