package nl.mijnaansluiting.servicedesk.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import nl.mijnaansluiting.servicedesk.access.CallerSource;
import nl.mijnaansluiting.servicedesk.request.KeyUserRequestTypes;

import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * In Jira, for admins: GET /keyusers/request-types/{id} (the groups on a JSM request type's allowlist),
 * PUT (restrict it to the key-user groups of every deelnemer, by the group convention). The sandbox has
 * no JSM portal to restrict: its own portal shows key-user-only templates to key-users only.
 */
@Path("/keyusers/request-types/{id}")
@Produces(MediaType.APPLICATION_JSON)
@AdminOnly
@WebSudoRequired
public class KeyUserRequestTypeResource {

    private final CallerSource callers;
    private final KeyUserRequestTypes requestTypes;

    @Inject
    public KeyUserRequestTypeResource(CallerSource callers, KeyUserRequestTypes requestTypes) {
        this.callers = callers;
        this.requestTypes = requestTypes;
    }

    @GET
    public Map<String, Object> get(@PathParam("id") int id) {
        return json(id, requestTypes.allowedGroups(callers.requireAdmin(), id));
    }

    @PUT
    public Map<String, Object> restrict(@PathParam("id") int id) {
        return json(id, requestTypes.restrictToKeyUsers(callers.requireAdmin(), id));
    }

    private static Map<String, Object> json(int id, java.util.Set<String> groups) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("requestType", id);
        json.put("groups", groups);
        return json;
    }
}
