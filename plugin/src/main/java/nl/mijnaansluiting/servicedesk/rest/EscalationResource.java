package nl.mijnaansluiting.servicedesk.rest;

import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.access.CallerSource;
import nl.mijnaansluiting.servicedesk.escalation.EscalationEntry;
import nl.mijnaansluiting.servicedesk.escalation.EscalationLevel;
import nl.mijnaansluiting.servicedesk.escalation.EscalationPolicy;
import nl.mijnaansluiting.servicedesk.escalation.Escalations;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A request's escalation for agents (staff): GET /escalations/requests/{key} (level, reason, the log:
 * what, why, when, to whom); POST .../escalate {"reason","explanation"} and .../deescalate {"explanation"}
 * do what the "Escaleren" and "De-escaleren" transitions do.
 */
@Path("/escalations/requests/{key}")
@Produces(MediaType.APPLICATION_JSON)
public class EscalationResource {

    private final CallerSource callers;
    private final Escalations escalations;

    @Inject
    public EscalationResource(CallerSource callers, Escalations escalations) {
        this.callers = callers;
        this.escalations = escalations;
    }

    @GET
    public Map<String, Object> get(@PathParam("key") String key) {
        Caller agent = callers.requireStaff();
        return json(escalations.view(agent, key), agent.locale());
    }

    @POST
    @Path("/escalate")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> escalate(@PathParam("key") String key, Map<String, Object> body) {
        Caller agent = callers.requireStaff();
        Map<String, Object> given = body == null ? Map.of() : body;
        escalations.escalate(agent, key, Bodies.text(given, "reason", Bodies.KEY_MAX),
                Bodies.text(given, "explanation", Escalations.EXPLANATION_MAX));
        return json(escalations.view(agent, key), agent.locale());
    }

    @POST
    @Path("/deescalate")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> deescalate(@PathParam("key") String key, Map<String, Object> body) {
        Caller agent = callers.requireStaff();
        Map<String, Object> given = body == null ? Map.of() : body;
        escalations.deescalate(agent, key, Bodies.text(given, "explanation", Escalations.EXPLANATION_MAX));
        return json(escalations.view(agent, key), agent.locale());
    }

    static Map<String, Object> json(Escalations.View view, Locale locale) {
        Map<String, Object> json = new LinkedHashMap<>();
        EscalationLevel current = view.current();
        EscalationPolicy policy = view.policy();
        json.put("request", view.requestKey());
        json.put("level", current.level());
        json.put("levelName", policy == null ? null : policy.level(current.level()).in(locale));
        json.put("reason", current.reason().orElse(null));
        json.put("suggestedReason", view.suggestedReason());
        List<Map<String, Object>> reasons = new ArrayList<>();
        if (policy != null) {
            policy.reasons().forEach(r -> {
                Map<String, Object> reason = new LinkedHashMap<>();
                reason.put("key", r.key());
                reason.put("name", r.name().in(locale));
                reason.put("meaning", r.meaning().in(locale));
                reasons.add(reason);
            });
        }
        json.put("reasons", reasons);
        List<Map<String, Object>> log = new ArrayList<>();
        for (EscalationEntry entry : view.log()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("at", entry.at().toString());
            line.put("kind", entry.kind().name());
            line.put("by", entry.actor());
            line.put("metric", entry.metric().orElse(null));
            line.put("sharePercent", entry.metric().isPresent() ? entry.sharePercent() : null);
            line.put("levelBefore", entry.levelBefore());
            line.put("levelAfter", entry.levelAfter());
            line.put("reason", entry.reason().orElse(null));
            line.put("explanation", entry.explanation().orElse(null));
            line.put("notified", entry.notified());
            line.put("reassignedTo", entry.reassignedTo().orElse(null));
            log.add(line);
        }
        json.put("log", log);
        return json;
    }
}
