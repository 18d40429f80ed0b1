package nl.mijnaansluiting.servicedesk.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.access.CallerSource;
import nl.mijnaansluiting.servicedesk.request.Customer;
import nl.mijnaansluiting.servicedesk.request.CustomerDirectory;
import nl.mijnaansluiting.servicedesk.request.KeyUser;
import nl.mijnaansluiting.servicedesk.request.KeyUsers;
import nl.mijnaansluiting.servicedesk.request.Organisation;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
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
 * Key-users per deelnemer, for admins: GET /keyusers, GET /keyusers/{organisation},
 * POST /keyusers/{organisation} {"user":"username or e-mail"}, DELETE /keyusers/{organisation}/{username}.
 */
@Path("/keyusers")
@Produces(MediaType.APPLICATION_JSON)
@AdminOnly
@WebSudoRequired
public class KeyUserResource {

    private final CallerSource callers;
    private final KeyUsers keyUsers;
    private final CustomerDirectory directory;

    @Inject
    public KeyUserResource(CallerSource callers, KeyUsers keyUsers, CustomerDirectory directory) {
        this.callers = callers;
        this.keyUsers = keyUsers;
        this.directory = directory;
    }

    @GET
    public List<Map<String, Object>> all() {
        callers.requireAdmin();
        return directory.organisations().stream().map(this::toJson).collect(Collectors.toList());
    }

    @GET
    @Path("/{organisation}")
    public Map<String, Object> one(@PathParam("organisation") String organisationKey) {
        callers.requireAdmin();
        return toJson(keyUsers.existing(organisationKey));
    }

    @POST
    @Path("/{organisation}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response appoint(@PathParam("organisation") String organisationKey, Map<String, Object> body) {
        Caller admin = callers.requireAdmin();
        KeyUsers.Outcome outcome = keyUsers.appoint(admin, organisationKey, Bodies.text(body, "user", Bodies.KEY_MAX));
        Map<String, Object> json = toJson(keyUsers.existing(organisationKey));
        json.put("outcome", outcome.name());
        return Response.status(outcome == KeyUsers.Outcome.APPOINTED ? 201 : 200).entity(json).build();
    }

    @DELETE
    @Path("/{organisation}/{username}")
    public Response revoke(@PathParam("organisation") String organisationKey, @PathParam("username") String username) {
        keyUsers.revoke(callers.requireAdmin(), organisationKey, username);
        return Response.noContent().build();
    }

    /** The convention naming each deelnemer's key-user group in Jira; null when key-users are kept here. */
    @GET
    @Path("/groups")
    public Map<String, Object> groups() {
        callers.requireAdmin();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("pattern", keyUsers.groupPattern().orElse(null));
        return json;
    }

    @javax.ws.rs.PUT
    @Path("/groups")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> setGroups(Map<String, Object> body) {
        Caller admin = callers.requireAdmin();
        keyUsers.setGroupPattern(admin, Bodies.text(body, "pattern", Bodies.KEY_MAX));
        return groups();
    }

    private Map<String, Object> toJson(Organisation organisation) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("organisation", organisation.key());
        json.put("name", organisation.name());
        json.put("keyUsers", keyUsers.of(organisation.key()).stream().map(this::toJson).collect(Collectors.toList()));
        // The Jira group that decides the key-users, when the admin set a convention; null: kept here.
        json.put("group", keyUsers.groupOf(organisation.key()).orElse(null));
        return json;
    }

    private Map<String, Object> toJson(KeyUser keyUser) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("username", keyUser.username());
        Customer customer = keyUsers.customer(keyUser.username()).orElse(null);
        json.put("displayName", customer == null ? keyUser.username() : customer.displayName());
        json.put("email", customer == null ? "" : customer.email());
        json.put("addedBy", keyUser.addedBy());
        json.put("addedAt", keyUser.addedAt() == null ? null : keyUser.addedAt().toString());
        return json;
    }
}
