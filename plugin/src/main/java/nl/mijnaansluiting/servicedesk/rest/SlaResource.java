package nl.mijnaansluiting.servicedesk.rest;

import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.access.CallerSource;
import nl.mijnaansluiting.servicedesk.sla.BusinessCalendar;
import nl.mijnaansluiting.servicedesk.sla.ClockHistoryView;
import nl.mijnaansluiting.servicedesk.sla.RequestClocks;
import nl.mijnaansluiting.servicedesk.sla.SlaClock;
import nl.mijnaansluiting.servicedesk.sla.SlaPreview;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PathParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * POST /sla/preview {"scheme":"borger-dk","priority":"1","start":"2026-11-20T16:00:00+01:00"}: when each
 * goal of that priority would be due, in its calendar's zone. Any signed-in person may ask. And the
 * stored clocks of one request, for staff.
 */
@Path("/sla")
@Produces(MediaType.APPLICATION_JSON)
@UnrestrictedAccess
public class SlaResource {

    private final CallerSource callers;
    private final SlaPreview preview;
    private final RequestClocks clocks;
    private final ClockHistoryView history;

    @Inject
    public SlaResource(CallerSource callers, SlaPreview preview, RequestClocks clocks, ClockHistoryView history) {
        this.callers = callers;
        this.preview = preview;
        this.clocks = clocks;
        this.history = history;
    }

    /**
     * GET /sla/requests/{key}/history: every step of every clock of the request, oldest first, with who or what
     * caused it and the due moment before and after; for service desk staff.
     */
    @GET
    @Path("/requests/{key}/history")
    public List<Map<String, Object>> history(@PathParam("key") String key) {
        Caller staff = callers.requireStaff();
        return history.events(key).stream().map(event -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("metric", event.metric());
            json.put("kind", event.kind().name());
            json.put("at", offset(event.at()));
            json.put("causeType", event.cause().type().name());
            json.put("actor", event.cause().actor());
            json.put("detail", event.cause().detail());
            json.put("cause", history.cause(event, staff.locale()));
            json.put("stateBefore", event.stateBefore() == null ? null : event.stateBefore().name());
            json.put("state", event.after().state().name());
            json.put("dueBefore", event.dueBefore() == null ? null : offset(event.dueBefore()));
            json.put("dueAfter", event.dueAfter().map(SlaResource::offset).orElse(null));
            json.put("usedBefore", event.usedBefore() == null ? null : event.usedBefore().toString());
            json.put("used", event.after().used().toString());
            json.put("target", event.after().target().toString());
            json.put("calendar", event.calendarKey());
            return json;
        }).collect(Collectors.toList());
    }

    private static String offset(Instant moment) {
        return moment.atZone(java.time.ZoneId.of("Europe/Amsterdam")).toOffsetDateTime().toString();
    }

    /** GET /sla/requests/{key}: the stored clocks of a request, for service desk staff. */
    @GET
    @Path("/requests/{key}")
    public List<Map<String, Object>> clocks(@PathParam("key") String key) {
        callers.requireStaff();
        Instant now = Instant.now();
        return clocks.of(key).stream().map(stored -> json(stored, now)).collect(Collectors.toList());
    }

    /**
     * POST /sla/requests/{key}/rca: an agent starts an RCA "op verzoek van VZVZ" (seed 002: a Mitz Prio 2); it
     * runs from now on a resolved incident, from its resolution on an open one. Staff only; 409 when it has one.
     */
    @POST
    @Path("/requests/{key}/rca")
    public Map<String, Object> requestRca(@PathParam("key") String key) {
        Caller agent = callers.requireStaff();
        Instant now = Instant.now();
        return json(clocks.requestRca(key, now, nl.mijnaansluiting.servicedesk.sla.ClockEvent.Cause.agent(agent.username())), now);
    }

    /** POST /sla/requests/{key}/{metric}/delivered: the RCA or post review is delivered (staff). */
    @POST
    @Path("/requests/{key}/{metric}/delivered")
    public List<Map<String, Object>> delivered(@PathParam("key") String key, @PathParam("metric") String metric) {
        Caller agent = callers.requireStaff();
        Instant now = Instant.now();
        clocks.delivered(key, metric, now, nl.mijnaansluiting.servicedesk.sla.ClockEvent.Cause.agent(agent.username()));
        return clocks.of(key).stream().map(stored -> json(stored, now)).collect(Collectors.toList());
    }

    private Map<String, Object> json(nl.mijnaansluiting.servicedesk.sla.ClockStore.StoredClock stored, Instant now) {
        BusinessCalendar calendar = clocks.calendar(stored.calendarKey());
        SlaClock clock = stored.clock();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("metric", clock.metric());
        json.put("state", clock.state().name());
        json.put("target", clock.target().toString());
        json.put("calendar", calendar.key());
        json.put("used", clock.usedAt(calendar, now).toString());
        json.put("remaining", clock.remainingAt(calendar, now).toString());
        json.put("dueAt", clock.dueAt().map(d -> d.atZone(calendar.zone()).toOffsetDateTime().toString()).orElse(null));
        json.put("breached", clock.isBreachedAt(calendar, now));
        clock.rhythm().ifPresent(rhythm -> json.put("nextStatusAt", clock.nextDueAfter(calendar, now)
                .map(d -> d.atZone(calendar.zone()).toOffsetDateTime().toString()).orElse(null)));
        return json;
    }

    @POST
    @Path("/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> preview(Map<String, Object> body) {
        callers.require();
        Map<String, Object> request = body == null ? Map.of() : body;
        String scheme = Bodies.text(request, "scheme", Bodies.KEY_MAX);
        String priority = Bodies.text(request, "priority", Bodies.KEY_MAX);
        Instant start = Bodies.moment(request, "start");
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("scheme", scheme);
        json.put("priority", priority);
        json.put("goals", preview.preview(scheme, priority, start).stream().map(due -> {
            Map<String, Object> goal = new LinkedHashMap<>();
            goal.put("metric", due.goal().metric());
            goal.put("target", due.goal().target().toString());
            if (due.goal().target().workingDays() > 0) {
                goal.put("workingDays", due.goal().target().workingDays());
            }
            due.goal().target().rhythm().ifPresent(rhythm -> goal.put("rhythm",
                    Map.of("every", rhythm.every().toString(), "nextMorningAt", rhythm.nextMorningAt().toString())));
            goal.put("calendar", due.calendar().key());
            goal.put("calendarName", due.calendar().name());
            goal.put("dueAt", due.dueAt().toOffsetDateTime().toString());
            goal.put("norm", due.goal().normPercent());
            goal.put("example", due.goal().isExample());
            due.goal().onlyFor().ifPresent(kind -> goal.put("onlyFor", kind));
            return goal;
        }).collect(Collectors.toList()));
        return json;
    }
}
