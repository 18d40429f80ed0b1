package nl.mijnaansluiting.servicedesk.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import com.fasterxml.jackson.databind.JsonNode;
import nl.mijnaansluiting.servicedesk.access.CallerSource;
import nl.mijnaansluiting.servicedesk.error.ProblemException;
import nl.mijnaansluiting.servicedesk.escalation.AddOnUser;
import nl.mijnaansluiting.servicedesk.escalation.EscalationDefinitions;
import nl.mijnaansluiting.servicedesk.escalation.EscalationPolicies;
import nl.mijnaansluiting.servicedesk.escalation.EscalationStore;
import nl.mijnaansluiting.servicedesk.escalation.Notification;
import nl.mijnaansluiting.servicedesk.sla.SlaDefinitions;

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
 * Escalation policies and the outbox, for admins only: GET /escalations/policies[/{scheme}],
 * PUT /escalations/policies/{scheme} (checked whole; wrong fields named, nothing saved),
 * DELETE /escalations/policies/{scheme} (back to the preset), GET /escalations/outbox (the newest
 * notifications, their delivery state and errors: only admins read what they say), GET/PUT /escalations/addon-user
 * (the user the policy's own comments are written by).
 */
@Path("/escalations")
@Produces(MediaType.APPLICATION_JSON)
@AdminOnly
@WebSudoRequired
public class EscalationAdminResource {

    private final CallerSource callers;
    private final EscalationPolicies policies;
    private final EscalationStore store;
    private final AddOnUser addOnUser;

    @Inject
    public EscalationAdminResource(CallerSource callers, EscalationPolicies policies, EscalationStore store, AddOnUser addOnUser) {
        this.callers = callers;
        this.policies = policies;
        this.store = store;
        this.addOnUser = addOnUser;
    }

    /** Who the escalation policy's own comments are written by, in which language, and whether the host knows the user. */
    @GET
    @Path("/addon-user")
    public Map<String, Object> addOnUser() {
        callers.requireAdmin();
        return json(addOnUser.voice());
    }

    /** Chooses the add-on's user: {"username":".."}, "" for the default; a user the host does not know: 400, nothing changed. */
    @PUT
    @Path("/addon-user")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> chooseAddOnUser(Map<String, Object> body) {
        Object username = body == null ? null : body.get("username");
        addOnUser.choose(callers.requireAdmin(), username == null ? "" : username.toString());
        return json(addOnUser.voice());
    }

    private static Map<String, Object> json(AddOnUser.Voice voice) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("username", voice.username());
        json.put("displayName", voice.displayName());
        json.put("exists", voice.exists());
        json.put("language", voice.language().getLanguage());
        json.put("default", AddOnUser.DEFAULT);
        return json;
    }

    @GET
    @Path("/policies")
    public List<JsonNode> all() {
        callers.requireAdmin();
        return policies.all().values().stream().map(p -> (JsonNode) EscalationDefinitions.toJson(p)).collect(Collectors.toList());
    }

    @GET
    @Path("/policies/{scheme}")
    public JsonNode one(@PathParam("scheme") String scheme) {
        callers.requireAdmin();
        return EscalationDefinitions.toJson(policies.of(scheme)
                .orElseThrow(() -> ProblemException.notFound("ma.escalation.error.no-policy", scheme)));
    }

    @PUT
    @Path("/policies/{scheme}")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonNode save(@PathParam("scheme") String scheme, String definition) {
        return EscalationDefinitions.toJson(policies.save(callers.requireAdmin(), scheme, SlaDefinitions.parse(definition)));
    }

    @DELETE
    @Path("/policies/{scheme}")
    public Response reset(@PathParam("scheme") String scheme) {
        policies.reset(callers.requireAdmin(), scheme);
        return Response.noContent().build();
    }

    @GET
    @Path("/outbox")
    public List<Map<String, Object>> outbox() {
        callers.requireAdmin();
        return store.outbox(200).stream().map(EscalationAdminResource::json).collect(Collectors.toList());
    }

    static Map<String, Object> json(Notification n) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", n.id());
        json.put("request", n.requestKey());
        json.put("recipient", n.recipient());
        json.put("email", n.email().orElse(null));
        json.put("subject", n.subject());
        json.put("body", n.body());
        json.put("state", n.state().name());
        json.put("attempts", n.attempts());
        json.put("lastError", n.lastError().orElse(null));
        json.put("createdAt", n.createdAt().toString());
        json.put("sentAt", n.sentAt().map(Object::toString).orElse(null));
        return json;
    }
}
