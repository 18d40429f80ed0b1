package nl.mijnaansluiting.servicedesk.rest;

import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.access.CallerSource;
import nl.mijnaansluiting.servicedesk.access.Role;

import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * GET /me: who the add-on thinks you are. Open to customers too (they are not licensed Jira users),
 * so it checks for a signed-in caller itself.
 */
@Path("/me")
@Produces(MediaType.APPLICATION_JSON)
@UnrestrictedAccess
public class MeResource {

    private final CallerSource callers;

    @Inject
    public MeResource(CallerSource callers) {
        this.callers = callers;
    }

    @GET
    public Map<String, Object> me() {
        Caller caller = callers.require();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", caller.username());
        body.put("displayName", caller.displayName());
        body.put("roles", caller.roles().stream().map(Role::name).collect(Collectors.toList()));
        body.put("organisations", List.copyOf(caller.organisations()));
        body.put("language", caller.locale().getLanguage());
        return body;
    }
}
