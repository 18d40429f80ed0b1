package nl.mijnaansluiting.servicedesk.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import com.fasterxml.jackson.databind.JsonNode;
import nl.mijnaansluiting.servicedesk.access.CallerSource;
import nl.mijnaansluiting.servicedesk.error.ProblemException;
import nl.mijnaansluiting.servicedesk.sla.BusinessCalendar;
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
import java.util.List;
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

    @Inject
    public SlaAdminResource(CallerSource callers, SlaSettings settings) {
        this.callers = callers;
        this.settings = settings;
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
