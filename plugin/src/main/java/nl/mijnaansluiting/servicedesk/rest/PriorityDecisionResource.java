package nl.mijnaansluiting.servicedesk.rest;

import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.access.CallerSource;
import nl.mijnaansluiting.servicedesk.error.ProblemException;
import nl.mijnaansluiting.servicedesk.priority.PriorityDecision;
import nl.mijnaansluiting.servicedesk.priority.PriorityDecisions;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The priority of a request for agents (staff; secure by default): GET /priority/requests/{key} (derived,
 * hand-set, mismatch), PUT {"priority":"H","reason":"..."} to set it by hand, DELETE to let the answers
 * decide again.
 */
@Path("/priority/requests/{key}")
@Produces(MediaType.APPLICATION_JSON)
public class PriorityDecisionResource {

    private final CallerSource callers;
    private final PriorityDecisions decisions;

    @Inject
    public PriorityDecisionResource(CallerSource callers, PriorityDecisions decisions) {
        this.callers = callers;
        this.decisions = decisions;
    }

    @GET
    public Map<String, Object> get(@PathParam("key") String key) {
        Caller agent = callers.requireStaff();
        return json(decisions.of(key).orElseThrow(() -> ProblemException.notFound("ma.priority.error.no-decision", key)),
                agent.locale());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> setByHand(@PathParam("key") String key, Map<String, Object> body) {
        Caller agent = callers.requireStaff();
        Map<String, Object> given = body == null ? Map.of() : body;
        return json(decisions.setByHand(agent, key, Bodies.text(given, "priority", Bodies.KEY_MAX),
                Bodies.text(given, "reason", PriorityDecisions.REASON_MAX)), agent.locale());
    }

    @DELETE
    public Map<String, Object> letAnswersDecide(@PathParam("key") String key) {
        Caller agent = callers.requireStaff();
        return json(decisions.letAnswersDecide(agent, key), agent.locale());
    }

    static Map<String, Object> json(PriorityDecision decision, Locale locale) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("request", decision.requestKey());
        json.put("priority", decision.level());
        json.put("derivedPriority", decision.derivedLevel());
        json.put("mismatch", decision.mismatch());
        json.put("scheme", decision.schemeKey());
        json.put("schemeVersion", decision.schemeVersion());
        json.put("product", decision.product());
        json.put("rule", decision.rule());
        json.put("explanation", decision.explanation().in(locale));
        json.put("slaApplies", decision.slaApplies());
        decision.override().ifPresent(o -> {
            Map<String, Object> byHand = new LinkedHashMap<>();
            byHand.put("priority", o.level());
            byHand.put("by", o.by());
            byHand.put("at", o.at().toString());
            byHand.put("reason", o.reason());
            json.put("setByHand", byHand);
        });
        return json;
    }
}
