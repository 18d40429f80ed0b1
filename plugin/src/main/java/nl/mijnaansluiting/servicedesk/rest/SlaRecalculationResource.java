package nl.mijnaansluiting.servicedesk.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import nl.mijnaansluiting.servicedesk.access.CallerSource;
import nl.mijnaansluiting.servicedesk.sla.ClockStore;
import nl.mijnaansluiting.servicedesk.sla.Recalculation;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Recalculating clocks from their recorded steps with today's configuration, for admins:
 * {@code POST /sla/recalculations/dry-run {"request":"MA-12"}} (or {@code {"scheme":"borger-dk","month":"2026-11"}},
 * or {@code {"deelnemer":"noordnet"}}, or a scheme alone) says what would change and gives a fingerprint; {@code POST /sla/recalculations} with the same
 * scope and {@code "fingerprint"} applies it, refused (409) when the outcome changed since the dry run.
 */
@Path("/sla/recalculations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SlaRecalculationResource {

    private final CallerSource callers;
    private final Recalculation recalculation;

    @Inject
    public SlaRecalculationResource(CallerSource callers, Recalculation recalculation) {
        this.callers = callers;
        this.recalculation = recalculation;
    }

    @POST
    @Path("/dry-run")
    @AdminOnly
    @WebSudoRequired
    public Map<String, Object> dryRun(Map<String, Object> body) {
        return json(recalculation.dryRun(callers.requireAdmin(), scope(body)));
    }

    @POST
    @AdminOnly
    @WebSudoRequired
    public Map<String, Object> apply(Map<String, Object> body) {
        return json(recalculation.apply(callers.requireAdmin(), scope(body), text(body, "fingerprint")));
    }

    private static Recalculation.Scope scope(Map<String, Object> body) {
        return Recalculation.Scope.of(text(body, "request"), text(body, "deelnemer"), text(body, "scheme"), text(body, "month"));
    }

    private static String text(Map<String, Object> body, String name) {
        Object value = body == null ? null : body.get(name);
        return value == null ? null : value.toString();
    }

    static Map<String, Object> json(Recalculation.Plan plan) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("scope", plan.scope().describe());
        json.put("applied", plan.applied());
        json.put("examined", plan.examined());
        json.put("fingerprint", plan.fingerprint());
        json.put("changes", plan.changes().stream().map(change -> {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("request", change.after().requestKey());
            c.put("metric", change.after().clock().metric());
            c.put("before", clock(change.before()));
            c.put("after", clock(change.after()));
            return c;
        }).collect(Collectors.toList()));
        json.put("skipped", plan.skipped().stream().map(s -> Map.of("request", s.clock().requestKey(), "metric",
                s.clock().clock().metric(), "reason", s.reasonKey())).collect(Collectors.toList()));
        json.put("months", plan.months().stream().map(m -> {
            Map<String, Object> month = new LinkedHashMap<>();
            month.put("scheme", m.schemeKey());
            month.put("month", m.month().toString());
            month.put("before", ReportResource.json(m.before()));
            month.put("after", ReportResource.json(m.after()));
            return month;
        }).collect(Collectors.toList()));
        return json;
    }

    private static Map<String, Object> clock(ClockStore.StoredClock stored) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("state", stored.clock().state().name());
        json.put("used", stored.clock().used().toString());
        json.put("target", stored.clock().target().toString());
        json.put("calendar", stored.calendarKey());
        json.put("dueAt", stored.clock().dueAt().map(Instant::toString).orElse(null));
        json.put("stoppedAt", stored.clock().stoppedAt().map(Instant::toString).orElse(null));
        return json;
    }
}
