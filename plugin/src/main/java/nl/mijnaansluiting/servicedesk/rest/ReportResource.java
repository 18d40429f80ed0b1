package nl.mijnaansluiting.servicedesk.rest;

import nl.mijnaansluiting.servicedesk.access.CallerSource;
import nl.mijnaansluiting.servicedesk.availability.AvailabilityReport;
import nl.mijnaansluiting.servicedesk.availability.AvailabilityReports;
import nl.mijnaansluiting.servicedesk.sla.ComplianceReport;
import nl.mijnaansluiting.servicedesk.sla.ComplianceReports;
import nl.mijnaansluiting.servicedesk.sla.FollowUps;

import javax.inject.Inject;
import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.text.Formats;
import nl.mijnaansluiting.servicedesk.text.Messages;
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
 * as JSON or, with {@code &format=csv}, as a CSV file; {@code GET /reports/availability?month=2026-11} the same for
 * availability per product (seed 001); and {@code GET /reports/follow-up}, the open RCAs and post reviews.
 */
@Path("/reports")
public class ReportResource {

    private final CallerSource callers;
    private final ComplianceReports reports;
    private final Messages messages;
    private final FollowUps followUps;
    private final AvailabilityReports availability;

    @Inject
    public ReportResource(CallerSource callers, ComplianceReports reports, Messages messages, FollowUps followUps,
                          AvailabilityReports availability) {
        this.availability = availability;
        this.callers = callers;
        this.reports = reports;
        this.messages = messages;
        this.followUps = followUps;
    }

    /** GET /reports/follow-up: every open RCA and post review with its due moment, what is due first on top (staff). */
    @GET
    @Path("/follow-up")
    public Response followUp() {
        callers.requireStaff();
        return Response.ok(followUps.open(java.time.Instant.now()).stream().map(f -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("request", f.requestKey());
            json.put("scheme", f.schemeKey().orElse(null));
            json.put("priority", f.priority().orElse(null));
            json.put("metric", f.metric());
            json.put("running", f.running());
            json.put("dueAt", f.dueAt().map(d -> d.toOffsetDateTime().toString()).orElse(null));
            json.put("overdue", f.overdue());
            return json;
        }).collect(Collectors.toList()), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("/compliance")
    public Response compliance(@QueryParam("scheme") String scheme, @QueryParam("month") String month,
                               @QueryParam("format") String format) {
        Caller caller = callers.requireStaff();
        ComplianceReport report = reports.report(scheme, ComplianceReports.month(month));
        if ("csv".equalsIgnoreCase(format)) {
            return Response.ok(report.csv(Formats.of(messages, caller.locale(), caller.zone())), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"sla-" + report.schemeKey() + "-" + report.month() + ".csv\"")
                    .build();
        }
        return Response.ok(json(report), MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** GET /reports/availability?month=2026-11[&format=csv]: per product minutes down against the month's norm (staff). */
    @GET
    @Path("/availability")
    public Response availability(@QueryParam("month") String month, @QueryParam("format") String format) {
        Caller caller = callers.requireStaff();
        AvailabilityReport report = availability.report(ComplianceReports.month(month));
        if ("csv".equalsIgnoreCase(format)) {
            return Response.ok(report.csv(Formats.of(messages, caller.locale(), caller.zone())), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"beschikbaarheid-" + report.month() + ".csv\"")
                    .build();
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("month", report.month().toString());
        json.put("products", report.lines().stream().map(line -> {
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("scheme", line.schemeKey());
            l.put("product", line.product());
            l.put("hours", line.period().getSeconds() / 3600.0);
            l.put("downMinutes", line.downMinutes());
            l.put("maintenanceMinutes", line.maintenance().toMinutes());
            l.put("allowedMinutes", line.allowed().toMinutes());
            l.put("availabilityPercent", line.availabilityPercent());
            l.put("normPercent", line.normPercent());
            l.put("meetsNorm", line.meetsNorm());
            l.put("example", line.example());
            l.put("requests", line.requests());
            return l;
        }).collect(Collectors.toList()));
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE).build();
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
            // The afnemer's figure (seed 001): each period the request waited for the customer, against the same target.
            Map<String, Object> customer = new LinkedHashMap<>();
            customer.put("waits", line.waits().size());
            customer.put("within", line.waitsWithin());
            customer.put("sharePercent", line.customerSharePercent());
            customer.put("meetsNorm", line.customerMeetsNorm());
            customer.put("periods", line.waits().stream().map(w -> {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("request", w.requestKey());
                p.put("from", w.from().toString());
                p.put("until", w.until().toString());
                p.put("used", w.used().toString());
                p.put("target", w.target().toString());
                p.put("within", w.within());
                return p;
            }).collect(Collectors.toList()));
            l.put("customer", customer);
            return l;
        }).collect(Collectors.toList()));
        // When the month was recalculated, and by whom (issue 19): a figure that changed after the fact says so.
        json.put("recalculations", report.recalculations().stream().map(r -> Map.of("at", r.at().toString(), "by",
                r.by() == null ? "" : r.by())).collect(Collectors.toList()));
        return json;
    }
}
