package nl.mijnaansluiting.servicedesk.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.atlassian.annotations.security.AdminOnly;
import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.access.CallerSource;
import nl.mijnaansluiting.servicedesk.error.FieldError;
import nl.mijnaansluiting.servicedesk.error.ProblemException;
import nl.mijnaansluiting.servicedesk.escalation.AddOnUser;
import nl.mijnaansluiting.servicedesk.escalation.EscalationDefinitions;
import nl.mijnaansluiting.servicedesk.escalation.EscalationPolicies;
import nl.mijnaansluiting.servicedesk.escalation.EscalationStore;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Admin page for escalation policies: per scheme the levels and steps, one policy to edit in a form or as JSON
 * (export and import), to check, save or reset to the preset ({@link DefinitionEditor}), and the outbox of
 * notifications with their delivery state. A policy that does not validate (steps out of order, a share of 0, an
 * unknown recipient or group) is shown again with each error at its field, and nothing is saved.
 */
@AdminOnly
public class EscalationAdminServlet extends HttpServlet {

    static final String PATH = "/plugins/servlet/ma-servicedesk/admin/escalation";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Set<String> DONE = Set.of("saved", "reset");

    private final CallerSource callers;
    private final EscalationPolicies policies;
    private final EscalationStore store;
    private final FormTokens tokens;
    private final PageRenderer renderer;
    private final AdminSessions adminSessions;
    private final AddOnUser addOnUser;

    public EscalationAdminServlet(CallerSource callers, EscalationPolicies policies, EscalationStore store, FormTokens tokens,
                                  PageRenderer renderer, AdminSessions adminSessions, AddOnUser addOnUser) {
        this.addOnUser = addOnUser;
        this.callers = callers;
        this.policies = policies;
        this.store = store;
        this.tokens = tokens;
        this.renderer = renderer;
        this.adminSessions = adminSessions;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Caller> admin = Pages.admin(callers, adminSessions, renderer, request, response);
        if (admin.isEmpty()) {
            return;
        }
        String key = text(request, "scheme");
        String done = request.getParameter("done");
        page(request, response, admin.get(), 200, key, stored(key), null, List.of(),
                "addon-user".equals(done) ? "ma.addon-user.saved"
                        : done != null && DONE.contains(done) ? "ma.sla.admin.done." + done : null, false);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Caller> admin = Pages.admin(callers, adminSessions, renderer, request, response);
        if (admin.isEmpty()) {
            return;
        }
        String key = text(request, "scheme");
        if ("addon-user".equals(request.getParameter("action"))) {
            if (!tokens.isValid(request)) {
                page(request, response, admin.get(), 403, key, stored(key), null, List.of(new FieldError("username", "ma.error.xsrf")), null, false);
                return;
            }
            try {
                addOnUser.choose(admin.get(), request.getParameter("username"));
                response.sendRedirect(renderer.chrome().baseUrl() + PATH + "?done=addon-user");
            } catch (ProblemException problem) {
                page(request, response, admin.get(), problem.problem().httpStatus(), key, stored(key), null,
                        problem.fieldErrorsOr("username"), null, false);
            }
            return;
        }
        DefinitionEditor.Outcome outcome = DefinitionEditor.post(request, tokens, admin.get(), key, new DefinitionEditor.Kind() {
            @Override
            public void check(String scheme, JsonNode definition) {
                policies.check(scheme, definition);
            }

            @Override
            public void save(Caller caller, String scheme, JsonNode definition) {
                policies.save(caller, scheme, definition);
            }

            @Override
            public void reset(Caller caller, String scheme) {
                policies.reset(caller, scheme);
            }
        });
        if (outcome.saved()) {
            response.sendRedirect(renderer.chrome().baseUrl() + PATH + "?scheme="
                    + URLEncoder.encode(key, StandardCharsets.UTF_8) + "&done=" + outcome.done);
            return;
        }
        JsonNode shown = outcome.definition != null && outcome.definition.isObject() ? outcome.definition : stored(key);
        page(request, response, admin.get(), outcome.status, key, shown, outcome.pasted, outcome.errors,
                outcome.messageKey(), outcome.confirmingReset());
    }

    /** The policy in force as its JSON; null when the scheme has none. */
    private JsonNode stored(String key) {
        return key.isEmpty() ? null : policies.of(key).map(p -> (JsonNode) EscalationDefinitions.toJson(p)).orElse(null);
    }

    private void page(HttpServletRequest request, HttpServletResponse response, Caller admin, int status, String key,
                      JsonNode definition, String pasted, List<FieldError> errors, String doneKey,
                      boolean confirmReset) throws IOException {
        Map<String, Object> values = new HashMap<>();
        values.put("policies", policies.all().values().stream().map(p -> Map.<String, Object>of("scheme", p.schemeKey(),
                "levels", p.levels().stream().map(l -> l.in(admin.locale())).collect(Collectors.joining(" \u2192 ")),
                "steps", p.steps().size(), "changed", policies.isChanged(p.schemeKey())))
                .sorted(java.util.Comparator.comparing(m -> (String) m.get("scheme"))).collect(Collectors.toList()));
        values.put("outbox", store.outbox(50).stream().map(n -> Map.<String, Object>of("request", n.requestKey(),
                "recipient", renderer.people().displayName(n.recipient()), "subject", n.subject(),
                "state", renderer.messages().text(admin.locale(), "ma.outbox.state." + n.state().name().toLowerCase(java.util.Locale.ROOT)),
                "stateKey", n.state().name().toLowerCase(java.util.Locale.ROOT), "attempts", n.attempts(),
                "error", n.lastError().orElse(""), "created", renderer.formats(admin).dateTime(n.createdAt())))
                .collect(Collectors.toList()));
        AddOnUser.Voice voice = addOnUser.voice();
        values.put("addOnUser", voice.username());
        values.put("addOnUserName", renderer.people().displayName(voice.username()));
        values.put("addOnUserExists", voice.exists());
        values.put("addOnUserDefault", AddOnUser.DEFAULT);
        values.put("scheme", definition == null ? "" : key);
        FormErrors formErrors = new FormErrors(renderer.messages(), admin.locale(), errors);
        values.put("addOnUserErrors", formErrors.at("username"));
        if (definition != null) {
            values.put("form", EscalationPolicyForm.view(definition, formErrors, renderer.messages(), admin.locale()));
        }
        values.put("jsonErrors", formErrors.at("definition"));
        values.put("definition", pasted != null ? pasted : definition == null ? "" : JSON.writeValueAsString(definition));
        values.put("errorCount", formErrors.count() - ((List<?>) values.get("addOnUserErrors")).size());
        values.put("unplacedErrors", formErrors.unplaced());
        values.put("confirmReset", confirmReset);
        values.put("editorHidden", List.of(Map.of("name", "scheme", "value", key)));
        values.put("done", doneKey == null ? "" : renderer.messages().text(admin.locale(), doneKey));
        values.put("tokenName", tokens.parameterName());
        values.put("token", tokens.tokenFor(request, response));
        values.put("action", renderer.chrome().baseUrl() + PATH);
        renderer.write(response, status, "templates/escalation-admin.vm", admin, values);
    }

    private static String text(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value.trim();
    }
}
