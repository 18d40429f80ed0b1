package nl.mijnaansluiting.servicedesk.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.atlassian.annotations.security.AdminOnly;
import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.access.CallerSource;
import nl.mijnaansluiting.servicedesk.error.FieldError;
import nl.mijnaansluiting.servicedesk.error.ProblemException;
import nl.mijnaansluiting.servicedesk.request.RequestTemplate;
import nl.mijnaansluiting.servicedesk.request.TemplateDefinitions;
import nl.mijnaansluiting.servicedesk.request.Templates;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Admin page for the request templates: the catalogue with what admins changed, and per template its
 * definition (JSON, both languages) to edit, save or reset to the shipped default. A definition that
 * does not validate is shown again with every wrong place listed, and nothing is saved.
 */
@AdminOnly
public class TemplateAdminServlet extends HttpServlet {

    static final String PATH = "/plugins/servlet/ma-servicedesk/admin/templates";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Set<String> DONE = Set.of("saved", "reset");

    private final CallerSource callers;
    private final Templates templates;
    private final FormTokens tokens;
    private final PageRenderer renderer;
    private final AdminSessions adminSessions;

    public TemplateAdminServlet(CallerSource callers, Templates templates, FormTokens tokens, PageRenderer renderer, AdminSessions adminSessions) {
        this.callers = callers;
        this.templates = templates;
        this.tokens = tokens;
        this.renderer = renderer;
        this.adminSessions = adminSessions;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Caller> admin = admin(request, response);
        if (admin.isEmpty()) {
            return;
        }
        String key = request.getParameter("key");
        Optional<RequestTemplate> chosen = key == null ? Optional.empty() : templates.catalogue().find(key);
        String definition = chosen.map(t -> pretty(TemplateDefinitions.toJson(t))).orElse("");
        String done = request.getParameter("done");
        page(request, response, admin.get(), 200, key == null ? "" : key, definition, List.of(),
                done != null && DONE.contains(done) ? "ma.templates.admin.done." + done : null);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Caller> admin = admin(request, response);
        if (admin.isEmpty()) {
            return;
        }
        String key = request.getParameter("key") == null ? "" : request.getParameter("key").trim();
        String definition = request.getParameter("definition") == null ? "" : request.getParameter("definition");
        if (!tokens.isValid(request)) {
            page(request, response, admin.get(), 403, key, definition,
                    List.of(new FieldError("definition", "ma.error.xsrf")), null);
            return;
        }
        try {
            String done;
            if ("reset".equals(request.getParameter("action"))) {
                templates.reset(admin.get(), key);
                done = "reset";
            } else {
                templates.save(admin.get(), key, parse(definition));
                done = "saved";
            }
            response.sendRedirect(renderer.chrome().baseUrl() + PATH + "?key="
                    + URLEncoder.encode(key, StandardCharsets.UTF_8) + "&done=" + done);
        } catch (ProblemException problem) {
            List<FieldError> errors = problem.fieldErrorsOr("definition");
            page(request, response, admin.get(), problem.problem().httpStatus(), key, definition, errors, null);
        }
    }

    private static JsonNode parse(String definition) {
        try {
            return JSON.readTree(definition);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw ProblemException.badInput("definition", "ma.templates.error.json", nl.mijnaansluiting.servicedesk.text.TranslatedJson.where(e));
        }
    }

    private static String pretty(JsonNode json) {
        try {
            return JSON.writeValueAsString(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Optional<Caller> admin(HttpServletRequest request, HttpServletResponse response) throws IOException {
        return Pages.admin(callers, adminSessions, renderer, request, response);
    }

    private void page(HttpServletRequest request, HttpServletResponse response, Caller admin, int status, String key,
                      String definition, List<FieldError> errors, String doneKey) throws IOException {
        Set<String> shipped = templates.shipped().stream().map(RequestTemplate::key).collect(Collectors.toSet());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (RequestTemplate template : templates.catalogue().all()) {
            Map<String, Object> row = new HashMap<>();
            row.put("key", template.key());
            row.put("name", template.name().in(admin.locale()));
            row.put("group", renderer.messages().text(admin.locale(),
                    template.group() == RequestTemplate.Group.INCIDENT ? "ma.portal.group.incident" : "ma.portal.group.service-request"));
            row.put("keyUsersOnly", template.keyUsersOnly());
            row.put("shipped", shipped.contains(template.key()));
            rows.add(row);
        }
        Map<String, Object> values = new HashMap<>();
        values.put("templates", rows);
        values.put("key", key);
        values.put("definition", definition);
        values.put("errors", errors.stream().map(e -> Map.of("field", e.field(),
                "message", renderer.messages().text(admin.locale(), e.messageKey(), e.arguments())))
                .collect(Collectors.toList()));
        values.put("done", doneKey == null ? "" : renderer.messages().text(admin.locale(), doneKey));
        values.put("tokenName", tokens.parameterName());
        values.put("token", tokens.tokenFor(request, response));
        values.put("action", renderer.chrome().baseUrl() + PATH);
        renderer.write(response, status, "templates/template-admin.vm", admin, values);
    }
}
