package nl.mijnaansluiting.servicedesk.rest;

import nl.mijnaansluiting.servicedesk.text.Translated;
import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.access.CallerSource;
import nl.mijnaansluiting.servicedesk.request.Portal;
import nl.mijnaansluiting.servicedesk.request.RequestTemplate;
import nl.mijnaansluiting.servicedesk.request.TemplateDefinitions;
import nl.mijnaansluiting.servicedesk.request.TemplateField;
import nl.mijnaansluiting.servicedesk.request.Templates;


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
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The portal's request templates, as the signed-in person may see them: GET /templates and
 * GET /templates/{key} (with its fields, so a client can build the form). Customers are not licensed
 * Jira users, so reading checks the caller itself; changing is for admins: GET /templates/{key}/definition,
 * PUT /templates/{key}, DELETE /templates/{key}.
 */
@Path("/templates")
@Produces(MediaType.APPLICATION_JSON)
@UnrestrictedAccess
public class TemplateResource {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CallerSource callers;
    private final Portal portal;
    private final Templates templates;

    @Inject
    public TemplateResource(CallerSource callers, Portal portal, Templates templates) {
        this.callers = callers;
        this.portal = portal;
        this.templates = templates;
    }

    /** The full definition in both languages, to edit and PUT back (admins). */
    @GET
    @Path("/{key}/definition")
    @AdminOnly
    @WebSudoRequired
    public JsonNode definition(@PathParam("key") String key) {
        return TemplateDefinitions.toJson(portal.template(callers.requireAdmin(), key));
    }

    /** Changes a template or adds one (admins); an invalid definition is refused whole and nothing changes. */
    @PUT
    @Path("/{key}")
    @AdminOnly
    @WebSudoRequired
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonNode save(@PathParam("key") String key, Map<String, Object> definition) {
        RequestTemplate saved = templates.save(callers.requireAdmin(), key, JSON.valueToTree(definition));
        return TemplateDefinitions.toJson(saved);
    }

    /** Undoes what admins saved: back to the shipped default, or gone when it was added (admins). */
    @DELETE
    @Path("/{key}")
    @AdminOnly
    @WebSudoRequired
    public Response reset(@PathParam("key") String key) {
        templates.reset(callers.requireAdmin(), key);
        return Response.noContent().build();
    }

    @GET
    public List<Map<String, Object>> all() {
        Caller caller = callers.require();
        return portal.templatesFor(caller).stream().map(t -> summary(t, caller.locale())).collect(Collectors.toList());
    }

    @GET
    @Path("/{key}")
    public Map<String, Object> one(@PathParam("key") String key) {
        Caller caller = callers.require();
        RequestTemplate template = portal.template(caller, key);
        Map<String, Object> json = summary(template, caller.locale());
        json.put("fields", template.fields().stream().map(f -> field(f, caller.locale())).collect(Collectors.toList()));
        return json;
    }

    static Map<String, Object> summary(RequestTemplate template, Locale locale) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", template.key());
        json.put("group", template.group().name());
        json.put("product", template.product().orElse(null));
        json.put("name", template.name().in(locale));
        json.put("description", template.description().in(locale));
        json.put("keyUsersOnly", template.keyUsersOnly());
        return json;
    }

    private static Map<String, Object> field(TemplateField field, Locale locale) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", field.key());
        json.put("type", field.type().name());
        json.put("required", field.required());
        json.put("label", field.label().in(locale));
        json.put("labels", both(field.label()));
        field.help().ifPresent(help -> json.put("help", help.in(locale)));
        if (field.notInPast()) {
            json.put("notInPast", true);
        }
        if (!field.options().isEmpty()) {
            json.put("options", field.options().stream().map(o -> {
                Map<String, Object> option = new LinkedHashMap<>();
                option.put("key", o.key());
                option.put("label", o.label().in(locale));
                return option;
            }).collect(Collectors.toList()));
        }
        return json;
    }

    private static Map<String, String> both(Translated text) {
        Map<String, String> json = new LinkedHashMap<>();
        json.put("nl", text.dutch());
        json.put("en", text.english());
        return json;
    }
}
