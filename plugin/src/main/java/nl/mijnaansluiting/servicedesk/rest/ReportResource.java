package nl.mijnaansluiting.servicedesk.rest;

import nl.mijnaansluiting.servicedesk.access.CallerSource;
import nl.mijnaansluiting.servicedesk.sla.ComplianceReport;
import nl.mijnaansluiting.servicedesk.sla.ComplianceReports;

import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The monthly SLA compliance report for staff: {@code GET /reports/compliance?scheme=borger-dk&month=2026-11},
 * as JSON or, with {@code &format=csv}, as a CSV file.
 */
@Path("/reports")
public class ReportResource {

    private final CallerSource callers;
    private final ComplianceReports reports;

    @Inject
    public ReportResource(CallerSource callers, ComplianceReports reports) {
        this.callers = callers;
        this.reports = reports;
    }

    @GET
    @Path("/compliance")
    public Response compliance(@QueryParam("scheme") String scheme, @QueryParam("month") String month,
                               @QueryParam("format") String format) {
        callers.requireStaff();
        ComplianceReport report = reports.report(scheme, ComplianceReports.month(month));
        if ("csv".equalsIgnoreCase(format)) {
            return Response.ok(report.csv(), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"sla-" + report.schemeKey() + "-" + report.month() + ".csv\"")
                    .build();
        }
        return Response.ok(json(report), MediaType.APPLICATION_JSON_TYPE).build();
    }

    static Map<String, Object> json(ComplianceReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("scheme", report.schemeKey());
        json.put("month", report.month().toString());
        json.put("lines", report.lines().stream().map(line -> {
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("product", line.product());
            l.put("priority", line.priority());
            l.put("metric", line.metric());
            l.put("normPercent", line.normPercent());
            l.put("total", line.total());
            l.put("met", line.met());
            l.put("sharePercent", line.sharePercent());
            l.put("meetsNorm", line.meetsNorm());
            l.put("breaches", line.breaches().stream().map(b -> Map.of("request", b.requestKey(),
                    "used", b.used().toString(), "target", b.target().toString())).collect(Collectors.toList()));
            return l;
        }).collect(Collectors.toList()));
        // When the month was recalculated, and by whom (issue 19): a figure that changed after the fact says so.
        json.put("recalculations", report.recalculations().stream().map(r -> Map.of("at", r.at().toString(), "by",
                r.by() == null ? "" : r.by())).collect(Collectors.toList()));
        return json;
    }
}
