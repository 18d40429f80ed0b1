package nl.mijnaansluiting.servicedesk.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import com.fasterxml.jackson.databind.JsonNode;
import nl.mijnaansluiting.servicedesk.access.CallerSource;
import nl.mijnaansluiting.servicedesk.error.ProblemException;
import nl.mijnaansluiting.servicedesk.sla.BusinessCalendar;
import nl.mijnaansluiting.servicedesk.sla.ClockReplanning;
import nl.mijnaansluiting.servicedesk.sla.ReplanStore;
import nl.mijnaansluiting.servicedesk.sla.SlaDefinitions;
import nl.mijnaansluiting.servicedesk.sla.SlaScheme;
import nl.mijnaansluiting.servicedesk.sla.SlaSettings;
import nl.mijnaansluiting.servicedesk.sla.SlaSettingsStore;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Business calendars and goal sets for admins: read (staff), change and reset (admins). A definition
 * that does not validate is refused whole, naming every wrong field, and nothing changes.
 * GET/PUT/DELETE /sla/calendars/{key}, GET /sla/calendars; GET/PUT/DELETE /sla/goals/{scheme}, GET /sla/goals.
 */
@Path("/sla")
@Produces(MediaType.APPLICATION_JSON)
public class SlaAdminResource {

    private final CallerSource callers;
    private final SlaSettings settings;
    private final ClockReplanning replanning;

    @Inject
    public SlaAdminResource(CallerSource callers, SlaSettings settings, ClockReplanning replanning) {
        this.callers = callers;
        this.settings = settings;
        this.replanning = replanning;
    }

    /** GET /sla/replans: the latest re-plans after changes of calendars and goals, with their progress (admins). */
    @GET
    @Path("/replans")
    @AdminOnly
    @WebSudoRequired
    public List<Map<String, Object>> replans() {
        callers.requireAdmin();
        return replanning.recent(50).stream().map(r -> replan(r, false)).collect(Collectors.toList());
    }

    /** GET /sla/replans/{id}: one re-plan with the clocks that could not follow it (admins). */
    @GET
    @Path("/replans/{id}")
    @AdminOnly
    @WebSudoRequired
    public Map<String, Object> replan(@PathParam("id") long id) {
        callers.requireAdmin();
        return replanning.find(id).map(r -> replan(r, true))
                .orElseThrow(() -> ProblemException.notFound("ma.sla.replan.error.unknown", String.valueOf(id)));
    }

    private Map<String, Object> replan(ReplanStore.Replan replan, boolean withFailures) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", replan.id());
        json.put("kind", replan.kind());
        json.put("key", replan.settingKey());
        json.put("changedAt", replan.changedAt().toString());
        json.put("changedBy", replan.changedBy());
        json.put("status", replan.status().name());
        json.put("total", replan.total());
        json.put("done", replan.done());
        json.put("changed", replan.changed());
        json.put("failed", replan.failed());
        json.put("finishedAt", replan.finishedAt() == null ? null : replan.finishedAt().toString());
        if (withFailures) {
            json.put("failures", replanning.failures(replan.id(), 1000).stream().map(e -> Map.of("request", e.requestKey(),
                    "metric", e.metric())).collect(Collectors.toList()));
        }
        return json;
    }

    @GET
    @Path("/calendars")
    public List<JsonNode> calendars() {
        callers.requireStaff();
        return settings.current().calendars().values().stream().map(c -> (JsonNode) SlaDefinitions.toJson(c))
                .collect(Collectors.toList());
    }

    @GET
    @Path("/calendars/{key}")
    public JsonNode calendar(@PathParam("key") String key) {
        callers.requireStaff();
        BusinessCalendar calendar = settings.current().calendars().get(key);
        if (calendar == null) {
            throw ProblemException.notFound("ma.sla.error.unknown-calendar", key);
        }
        return SlaDefinitions.toJson(calendar);
    }

    @PUT
    @Path("/calendars/{key}")
    @AdminOnly
    @WebSudoRequired
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonNode saveCalendar(@PathParam("key") String key, String definition) {
        return SlaDefinitions.toJson(settings.saveCalendar(callers.requireAdmin(), key, SlaDefinitions.parse(definition)));
    }

    @DELETE
    @Path("/calendars/{key}")
    @AdminOnly
    @WebSudoRequired
    public Response resetCalendar(@PathParam("key") String key) {
        settings.reset(callers.requireAdmin(), SlaSettingsStore.CALENDAR, key);
        return Response.noContent().build();
    }

    @GET
    @Path("/goals")
    public List<JsonNode> goalSets() {
        callers.requireStaff();
        return settings.current().schemes().values().stream().map(s -> (JsonNode) SlaDefinitions.toJson(s))
                .collect(Collectors.toList());
    }

    @GET
    @Path("/goals/{key}")
    public JsonNode goals(@PathParam("key") String key) {
        callers.requireStaff();
        SlaScheme scheme = settings.current().scheme(key);
        if (scheme == null) {
            throw ProblemException.notFound("ma.sla.error.unknown-scheme", key);
        }
        return SlaDefinitions.toJson(scheme);
    }

    @PUT
    @Path("/goals/{key}")
    @AdminOnly
    @WebSudoRequired
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonNode saveGoals(@PathParam("key") String key, String definition) {
        return SlaDefinitions.toJson(settings.saveGoals(callers.requireAdmin(), key, SlaDefinitions.parse(definition)));
    }

    @DELETE
    @Path("/goals/{key}")
    @AdminOnly
    @WebSudoRequired
    public Response resetGoals(@PathParam("key") String key) {
        settings.reset(callers.requireAdmin(), SlaSettingsStore.GOALS, key);
        return Response.noContent().build();
    }
}
