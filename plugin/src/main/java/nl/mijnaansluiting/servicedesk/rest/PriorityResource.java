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

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import com.fasterxml.jackson.databind.JsonNode;
import nl.mijnaansluiting.servicedesk.error.FieldError;
import nl.mijnaansluiting.servicedesk.priority.SchemeAnalysis;
import nl.mijnaansluiting.servicedesk.priority.SchemeDefinitions;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.PUT;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Response;
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
 * Priority schemes and their evaluation. Any signed-in person (deelnemers fill the questions in):
 * GET /schemes, GET /schemes/{key} (questions with option keys and labels, to build a form) and
 * POST /priority/evaluate {"scheme":..,"product":..,"answers":{question: option key or value}}.
 * Staff: export and version history. Admins: validate, save (a new version), import, reinstall a preset.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@UnrestrictedAccess
public class PriorityResource {

    private final CallerSource callers;
    private final PrioritySchemes schemes;
    private final Messages messages;

    @Inject
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
        PrioritySchemes.Current current = schemes.current(key);
        Map<String, Object> json = summary(current, locale);
        json.put("products", current.scheme().products().stream().map(p -> product(p, locale)).collect(Collectors.toList()));
        return json;
    }

    /** The definition in both languages, to edit and PUT back or to keep as a file (staff; {@code version} for an older one). */
    @GET
    @Path("schemes/{key}/export")
    public Response export(@PathParam("key") String key, @QueryParam("version") Integer version) {
        callers.requireStaff();
        PriorityScheme scheme = version == null ? schemes.find(key) : schemes.version(key, version);
        return Response.ok(SchemeDefinitions.writePretty(scheme), MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", "attachment; filename=\"priority-scheme-" + scheme.key()
                        + (version == null ? "" : "-v" + version) + ".json\"").build();
    }

    /** Who changed the scheme when, newest first (staff). */
    @GET
    @Path("schemes/{key}/versions")
    public List<Map<String, Object>> versions(@PathParam("key") String key) {
        callers.requireStaff();
        return schemes.history(key).stream().map(v -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("version", v.number());
            json.put("savedBy", v.savedBy());
            json.put("savedAt", v.savedAt().toString());
            json.put("comment", v.comment());
            return json;
        }).collect(Collectors.toList());
    }

    /** Checks a definition without saving: {"valid":..,"errors":[..],"warnings":[..]} (admins). */
    @POST
    @Path("schemes/{key}/validate")
    @AdminOnly
    @WebSudoRequired
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> validate(@PathParam("key") String key, String definition) {
        Caller admin = callers.requireAdmin();
        Map<String, Object> json = new LinkedHashMap<>();
        List<FieldError> errors = List.of();
        List<FieldError> warnings = List.of();
        try {
            PrioritySchemes.Checked checked = schemes.check(SchemeDefinitions.parse(definition));
            warnings = checked.warnings();
            if (!checked.scheme().key().equals(key)) {
                errors = List.of(new FieldError("key", "ma.priority.error.key-mismatch", checked.scheme().key(), key));
            }
        } catch (ProblemException refused) {
            errors = refused.fieldErrorsOr("definition");
        }
        json.put("valid", errors.isEmpty());
        json.put("errors", described(errors, admin.locale()));
        json.put("warnings", described(warnings, admin.locale()));
        return json;
    }

    /**
     * Saves a definition as the scheme's next version (admins). {@code basedOn}: the version that was
     * edited; when someone saved since, 409 and nothing changes. Refused whole when it does not validate.
     */
    @PUT
    @Path("schemes/{key}")
    @AdminOnly
    @WebSudoRequired
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> save(@PathParam("key") String key, @QueryParam("basedOn") Integer basedOn,
                                    @QueryParam("comment") String comment, String definition) {
        Caller admin = callers.requireAdmin();
        return saved(schemes.save(admin, key, SchemeDefinitions.parse(definition), basedOn, comment), admin.locale());
    }

    /** Imports an exported definition under the key it carries: a new scheme, or the next version of one (admins). */
    @POST
    @Path("schemes/import")
    @AdminOnly
    @WebSudoRequired
    @Consumes(MediaType.APPLICATION_JSON)
    public Response importScheme(@QueryParam("comment") String comment, String definition) {
        Caller admin = callers.requireAdmin();
        JsonNode json = SchemeDefinitions.parse(definition);
        String key = json.isObject() ? json.path("key").asText("") : "";
        boolean existed = schemes.all().stream().anyMatch(c -> c.scheme().key().equals(key));
        Map<String, Object> saved = saved(schemes.save(admin, key, json, null, comment), admin.locale());
        return Response.status(existed ? 200 : 201).entity(saved).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** Saves the shipped preset again as the newest version (admins). */
    @POST
    @Path("schemes/{key}/preset")
    @AdminOnly
    @WebSudoRequired
    public Map<String, Object> reinstallPreset(@PathParam("key") String key) {
        Caller admin = callers.requireAdmin();
        return saved(schemes.reinstallPreset(admin, key), admin.locale());
    }

    private Map<String, Object> saved(PrioritySchemes.Current current, Locale locale) {
        Map<String, Object> json = summary(current, locale);
        json.put("warnings", described(SchemeAnalysis.warnings(current.scheme()), locale));
        return json;
    }

    private List<Map<String, Object>> described(List<FieldError> problems, Locale locale) {
        return problems.stream().map(problem -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("field", problem.field());
            json.put("error", problem.messageKey());
            json.put("message", messages.text(locale, problem.messageKey(), problem.arguments()));
            return json;
        }).collect(Collectors.toList());
    }

    @POST
    @Path("priority/evaluate")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> evaluate(Map<String, Object> body) {
        Caller caller = callers.require();
        Map<String, Object> request = body == null ? Map.of() : body;
        PriorityScheme scheme = schemes.find(Bodies.text(request, "scheme", Bodies.KEY_MAX));
        Map<String, String> answers = Bodies.answers(request, "answers", Bodies.KEY_MAX);
        Evaluation evaluation = scheme.evaluate(Bodies.text(request, "product", Bodies.KEY_MAX), answers);
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

    private static Map<String, Object> summary(PrioritySchemes.Current current, Locale locale) {
        PriorityScheme scheme = current.scheme();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", scheme.key());
        json.put("version", current.version());
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
}
