package nl.mijnaansluiting.servicedesk.rest;

import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.access.CallerSource;
import nl.mijnaansluiting.servicedesk.error.ProblemException;
import nl.mijnaansluiting.servicedesk.priority.Evaluation;
import nl.mijnaansluiting.servicedesk.priority.PriorityScheme;
import nl.mijnaansluiting.servicedesk.priority.PrioritySchemes;
import nl.mijnaansluiting.servicedesk.priority.Product;
import nl.mijnaansluiting.servicedesk.priority.Question;
import nl.mijnaansluiting.servicedesk.text.Messages;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Priority schemes and their evaluation, for any signed-in person (deelnemers fill the questions in):
 * GET /schemes, GET /schemes/{key} (questions with option keys and labels, to build a form) and
 * POST /priority/evaluate {"scheme":..,"product":..,"answers":{question: option key or value}}.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@UnrestrictedAccess
public class PriorityResource {

    private final CallerSource callers;
    private final PrioritySchemes schemes;
    private final Messages messages;

    public PriorityResource(CallerSource callers, PrioritySchemes schemes, Messages messages) {
        this.callers = callers;
        this.schemes = schemes;
        this.messages = messages;
    }

    @GET
    @Path("schemes")
    public List<Map<String, Object>> all() {
        Locale locale = callers.require().locale();
        return schemes.all().stream().map(s -> summary(s, locale)).collect(Collectors.toList());
    }

    @GET
    @Path("schemes/{key}")
    public Map<String, Object> one(@PathParam("key") String key) {
        Locale locale = callers.require().locale();
        PriorityScheme scheme = schemes.find(key);
        Map<String, Object> json = summary(scheme, locale);
        json.put("products", scheme.products().stream().map(p -> product(p, locale)).collect(Collectors.toList()));
        return json;
    }

    @POST
    @Path("priority/evaluate")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> evaluate(Map<String, Object> body) {
        Caller caller = callers.require();
        Map<String, Object> request = body == null ? Map.of() : body;
        PriorityScheme scheme = schemes.find(text(request.get("scheme")));
        Object given = request.get("answers");
        if (given != null && !(given instanceof Map)) {
            throw ProblemException.badInput("answers", "ma.requests.error.answers-object");
        }
        Map<String, String> answers = new LinkedHashMap<>();
        if (given != null) {
            ((Map<?, ?>) given).forEach((k, v) -> answers.put(String.valueOf(k), v == null ? "" : v.toString()));
        }
        Evaluation evaluation = scheme.evaluate(text(request.get("product")), answers);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("priority", evaluation.level());
        json.put("priorityName", evaluation.levelName().in(caller.locale()));
        json.put("slaApplies", evaluation.slaApplies());
        json.put("explanation", evaluation.explanation(messages, caller.locale()));
        json.put("rule", evaluation.ruleId());
        evaluation.flags().forEach((flag, value) -> {
            json.put(flag, value.raised());
            if (value.raised()) {
                json.put(flag + "Explanation", value.reason().in(caller.locale()));
            }
        });
        return json;
    }

    private static Map<String, Object> summary(PriorityScheme scheme, Locale locale) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", scheme.key());
        json.put("name", scheme.name().in(locale));
        json.put("levels", scheme.levels().stream().map(l -> keyed(l.key(), "name", l.name().in(locale)))
                .collect(Collectors.toList()));
        json.put("productKeys", scheme.products().stream().map(Product::key).collect(Collectors.toList()));
        return json;
    }

    private static Map<String, Object> product(Product product, Locale locale) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", product.key());
        json.put("name", product.name().in(locale));
        json.put("questions", product.questions().stream().map(q -> question(q, locale)).collect(Collectors.toList()));
        return json;
    }

    private static Map<String, Object> question(Question question, Locale locale) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", question.key());
        json.put("type", question.type().name());
        json.put("required", question.required());
        json.put("label", question.label().in(locale));
        if (!question.options().isEmpty()) {
            json.put("options", question.options().stream().map(o -> keyed(o.key(), "label", o.label().in(locale)))
                    .collect(Collectors.toList()));
        }
        return json;
    }

    /** {"key":..,name:..} in that order. */
    private static Map<String, Object> keyed(String key, String name, String value) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", key);
        json.put(name, value);
        return json;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
