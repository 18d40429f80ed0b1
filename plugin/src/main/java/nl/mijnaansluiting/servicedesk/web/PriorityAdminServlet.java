package nl.mijnaansluiting.servicedesk.web;

import com.atlassian.annotations.security.AdminOnly;
import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.access.CallerSource;
import nl.mijnaansluiting.servicedesk.error.FieldError;
import nl.mijnaansluiting.servicedesk.error.ProblemException;
import nl.mijnaansluiting.servicedesk.priority.Evaluation;
import nl.mijnaansluiting.servicedesk.priority.PriorityScheme;
import nl.mijnaansluiting.servicedesk.priority.PrioritySchemeStore;
import nl.mijnaansluiting.servicedesk.priority.PrioritySchemes;
import nl.mijnaansluiting.servicedesk.priority.Product;
import nl.mijnaansluiting.servicedesk.priority.Question;
import nl.mijnaansluiting.servicedesk.priority.RuleDescriptions;
import nl.mijnaansluiting.servicedesk.priority.SchemeAnalysis;
import nl.mijnaansluiting.servicedesk.priority.SchemeDefinitions;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Admin page for priority schemes: the list, and per scheme its levels, products, questions and rules
 * as tables, the warnings, a "probeer het" panel (answer the questions, see the priority and why), the
 * definition (JSON) to check and save as a new version, import, export, the preset and the history.
 * A definition that does not validate is shown again with every wrong place listed; nothing is saved.
 */
@AdminOnly
public class PriorityAdminServlet extends HttpServlet {

    static final String PATH = "/plugins/servlet/ma-servicedesk/admin/priority";
    private static final String EXPORT = "/rest/ma-servicedesk/1.0/schemes/";
    private static final Set<String> DONE = Set.of("saved", "preset", "imported");
    private static final String ANSWER = "answer.";

    private final CallerSource callers;
    private final PrioritySchemes schemes;
    private final FormTokens tokens;
    private final PageRenderer renderer;
    private final AdminSessions adminSessions;

    public PriorityAdminServlet(CallerSource callers, PrioritySchemes schemes, FormTokens tokens, PageRenderer renderer, AdminSessions adminSessions) {
        this.callers = callers;
        this.schemes = schemes;
        this.tokens = tokens;
        this.renderer = renderer;
        this.adminSessions = adminSessions;
    }

    /** What the page shows besides the scheme: the definition being edited and what became of it. */
    private static final class Editing {
        String definition;
        String comment = "";
        List<FieldError> errors = List.of();
        List<FieldError> warnings;
        /** The definition the warnings are about (the one being checked), whose product and rule numbers they use. */
        PriorityScheme warningsOf;
        String notice;
        boolean confirmPreset;
        int status = 200;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Caller> admin = Pages.admin(callers, adminSessions, renderer, request, response);
        if (admin.isEmpty()) {
            return;
        }
        String key = request.getParameter("scheme");
        Editing editing = new Editing();
        String done = request.getParameter("done");
        if (done != null && DONE.contains(done)) {
            editing.notice = renderer.messages().text(admin.get().locale(), "ma.priority.admin.done." + done);
        }
        if (key == null || key.isBlank()) {
            list(request, response, admin.get());
            return;
        }
        try {
            schemes.current(key);
        } catch (ProblemException unknown) {
            editing.status = 404;
            editing.errors = List.of(new FieldError("scheme", unknown.messageKey(), unknown.arguments()));
            list(request, response, admin.get(), editing);
            return;
        }
        page(request, response, admin.get(), key, editing);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Caller> admin = Pages.admin(callers, adminSessions, renderer, request, response);
        if (admin.isEmpty()) {
            return;
        }
        String key = text(request, "scheme");
        String action = text(request, "action");
        Editing editing = new Editing();
        editing.definition = request.getParameter("definition") == null ? "" : request.getParameter("definition");
        editing.comment = text(request, "comment");
        if (!tokens.isValid(request)) {
            editing.status = 403;
            editing.errors = List.of(new FieldError("definition", "ma.error.xsrf"));
            render(request, response, admin.get(), key, editing);
            return;
        }
        try {
            String done;
            Integer basedOn = text(request, "basedOn").matches("\\d{1,9}") ? Integer.valueOf(text(request, "basedOn")) : null;
            switch (action) {
                case "validate":
                    PrioritySchemes.Checked checked = schemes.check(SchemeDefinitions.parse(editing.definition));
                    if (!checked.scheme().key().equals(key)) {
                        throw ProblemException.badInput("key", "ma.priority.error.key-mismatch", checked.scheme().key(), key);
                    }
                    editing.warnings = checked.warnings();
                    editing.warningsOf = checked.scheme();
                    editing.notice = renderer.messages().text(admin.get().locale(), "ma.priority.admin.valid");
                    page(request, response, admin.get(), key, editing);
                    return;
                case "levels":
                    schemes.save(admin.get(), key, withLevels(key, text(request, "product"), request), basedOn,
                            editing.comment);
                    done = "saved";
                    break;
                case "preset":
                    // It replaces what admins saved with a new version: asked once more before it happens.
                    if (!"yes".equals(text(request, "confirmed"))) {
                        editing.confirmPreset = true;
                        page(request, response, admin.get(), key, editing);
                        return;
                    }
                    schemes.reinstallPreset(admin.get(), key);
                    done = "preset";
                    break;
                case "import":
                    key = SchemeDefinitions.parse(editing.definition).path("key").asText("");
                    schemes.save(admin.get(), key, SchemeDefinitions.parse(editing.definition), null, editing.comment);
                    done = "imported";
                    break;
                default:
                    schemes.save(admin.get(), key, SchemeDefinitions.parse(editing.definition), basedOn, editing.comment);
                    done = "saved";
            }
            String product = text(request, "product");
            response.sendRedirect(renderer.chrome().baseUrl() + PATH + "?scheme="
                    + URLEncoder.encode(key, StandardCharsets.UTF_8)
                    + (product.isEmpty() ? "" : "&product=" + URLEncoder.encode(product, StandardCharsets.UTF_8))
                    + "&done=" + done);
        } catch (ProblemException problem) {
            editing.status = problem.problem().httpStatus();
            editing.errors = problem.fieldErrorsOr("definition");
            render(request, response, admin.get(), "import".equals(action) ? "" : key, editing);
        }
    }

    /**
     * The scheme in force with the levels an admin chose in the rules table ("level.<rule index>"), the
     * default ("level.default") and the cap ("level.cap") of one product; everything else unchanged.
     */
    private com.fasterxml.jackson.databind.JsonNode withLevels(String key, String productKey, HttpServletRequest request) {
        com.fasterxml.jackson.databind.node.ObjectNode json = SchemeDefinitions.toJson(schemes.find(key));
        for (com.fasterxml.jackson.databind.JsonNode product : json.get("products")) {
            if (!product.get("key").asText().equals(productKey)) {
                continue;
            }
            com.fasterxml.jackson.databind.JsonNode rules = product.get("rules");
            for (int i = 0; i < rules.size(); i++) {
                String level = request.getParameter("level." + i);
                if (level != null && rules.get(i).has("level")) {
                    ((com.fasterxml.jackson.databind.node.ObjectNode) rules.get(i)).put("level", level.trim());
                }
            }
            String fallback = request.getParameter("level.default");
            if (fallback != null) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) product.get("default")).put("level", fallback.trim());
            }
            String cap = request.getParameter("level.cap");
            if (cap != null && product.has("cap")) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) product.get("cap")).put("level", cap.trim());
            }
            return json;
        }
        throw ProblemException.notFound("ma.priority.error.unknown-product", productKey, key);
    }

    private void render(HttpServletRequest request, HttpServletResponse response, Caller admin, String key,
                        Editing editing) throws IOException {
        boolean known = !key.isEmpty() && schemes.all().stream().anyMatch(c -> c.scheme().key().equals(key));
        if (known) {
            page(request, response, admin, key, editing);
        } else {
            list(request, response, admin, editing);
        }
    }

    private void list(HttpServletRequest request, HttpServletResponse response, Caller admin) throws IOException {
        list(request, response, admin, new Editing());
    }

    private void list(HttpServletRequest request, HttpServletResponse response, Caller admin, Editing editing)
            throws IOException {
        Map<String, Object> values = common(request, response, admin, editing);
        values.put("scheme", null);
        values.put("importDefinition", editing.definition == null ? "" : editing.definition);
        renderer.write(response, editing.status, "templates/priority-admin.vm", admin, values);
    }

    private void page(HttpServletRequest request, HttpServletResponse response, Caller admin, String key,
                      Editing editing) throws IOException {
        Locale locale = admin.locale();
        PrioritySchemes.Current current = schemes.current(key);
        PriorityScheme scheme = current.scheme();
        Map<String, Object> values = common(request, response, admin, editing);
        Product product = scheme.product(request.getParameter("product")).orElse(scheme.products().get(0));
        RuleDescriptions words = new RuleDescriptions(renderer.messages(), locale);

        Map<String, Object> view = new HashMap<>();
        view.put("key", scheme.key());
        view.put("name", scheme.name().in(locale));
        view.put("version", current.version());
        view.put("hasPreset", schemes.hasPreset(scheme.key()));
        view.put("levels", scheme.levels().stream().map(l -> Map.of("key", l.key(), "name", l.name().in(locale)))
                .collect(Collectors.toList()));
        view.put("products", scheme.products().stream().map(p -> Map.of("key", p.key(), "name", p.name().in(locale),
                "selected", p.key().equals(product.key()))).collect(Collectors.toList()));
        view.put("product", product.key());
        view.put("productName", product.name().in(locale));
        view.put("rules", words.rows(product));
        view.put("notes", words.notes(product));
        view.put("defaultLevel", words.defaultLevel(product));
        view.put("capLevel", words.capLevel(product));
        view.put("questions", questions(product, request, locale));
        view.put("exportUrl", renderer.chrome().baseUrl() + EXPORT + URLEncoder.encode(scheme.key(), StandardCharsets.UTF_8) + "/export");
        List<Map<String, Object>> versions = new ArrayList<>();
        for (PrioritySchemeStore.Version version : schemes.history(scheme.key())) {
            Map<String, Object> row = new HashMap<>();
            row.put("number", version.number());
            row.put("savedBy", renderer.people().displayName(version.savedBy()));
            row.put("savedAt", renderer.formats(admin).dateTime(version.savedAt()));
            row.put("comment", version.comment());
            versions.add(row);
        }
        view.put("versions", versions);
        values.put("scheme", view);
        values.put("tryResult", tryIt(scheme, product, request, locale));
        List<FieldError> warnings = editing.warnings != null ? editing.warnings : SchemeAnalysis.warnings(scheme);
        values.put("warnings", warnings(warnings, editing.warningsOf != null ? editing.warningsOf : scheme, product, locale));
        values.put("definition", editing.definition != null ? editing.definition : SchemeDefinitions.writePretty(scheme));
        values.put("basedOn", current.version());
        renderer.write(response, editing.status, "templates/priority-admin.vm", admin, values);
    }

    private Map<String, Object> common(HttpServletRequest request, HttpServletResponse response, Caller admin, Editing editing) {
        Map<String, Object> values = new HashMap<>();
        values.put("schemes", schemes.all().stream().map(c -> Map.of("key", c.scheme().key(),
                "name", c.scheme().name().in(admin.locale()), "version", c.version(),
                "products", c.scheme().products().stream().map(Product::key).collect(Collectors.joining(", "))))
                .collect(Collectors.toList()));
        values.put("errors", described(editing.errors, admin.locale()));
        values.put("notice", editing.notice == null ? "" : editing.notice);
        values.put("confirmPreset", editing.confirmPreset);
        values.put("comment", editing.comment);
        values.put("tokenName", tokens.parameterName());
        values.put("token", tokens.tokenFor(request, response));
        values.put("action", renderer.chrome().baseUrl() + PATH);
        return values;
    }

    private List<Map<String, Object>> questions(Product product, HttpServletRequest request, Locale locale) {
        List<Map<String, Object>> questions = new ArrayList<>();
        for (Question question : product.questions()) {
            Map<String, Object> q = new HashMap<>();
            q.put("key", question.key());
            q.put("param", ANSWER + question.key());
            q.put("label", question.label().in(locale));
            q.put("type", question.type().name());
            q.put("required", question.required());
            String given = request.getParameter(ANSWER + question.key());
            q.put("value", given == null ? "" : given);
            q.put("options", question.options().stream().map(o -> Map.of("key", o.key(), "label", o.label().in(locale),
                    "selected", o.key().equals(given))).collect(Collectors.toList()));
            questions.add(q);
        }
        return questions;
    }

    /** The outcome of the "probeer het" panel, when it was used; nothing is stored. */
    private Map<String, Object> tryIt(PriorityScheme scheme, Product product, HttpServletRequest request, Locale locale) {
        if (request.getParameter("try") == null) {
            return null;
        }
        Map<String, String> answers = new LinkedHashMap<>();
        for (Question question : product.questions()) {
            String given = request.getParameter(ANSWER + question.key());
            if (given != null && !given.isBlank()) {
                answers.put(question.key(), given);
            }
        }
        Map<String, Object> result = new HashMap<>();
        try {
            Evaluation evaluation = scheme.evaluate(product.key(), answers);
            result.put("priority", evaluation.level());
            result.put("priorityName", evaluation.levelName().in(locale));
            result.put("explanation", evaluation.explanation(renderer.messages(), locale));
            result.put("rule", evaluation.ruleId());
            result.put("slaApplies", evaluation.slaApplies());
            result.put("flags", evaluation.flags().entrySet().stream().filter(e -> e.getValue().raised())
                    .map(e -> e.getKey() + ": " + e.getValue().reason().in(locale)).collect(Collectors.toList()));
            result.put("error", "");
        } catch (ProblemException wrong) {
            result.put("error", renderer.messages().text(locale, wrong.messageKey(), wrong.arguments()));
        }
        return result;
    }

    private static final java.util.regex.Pattern RULE_PATH = java.util.regex.Pattern.compile("products\\[(\\d+)]\\.rules\\[(\\d+)].*");

    /**
     * The warnings of the product on its tab, each saying which rule in the product's and the level's words
     * ("LIP, regel H (Hoog)") instead of "products[0].rules[1]"; a warning not about one rule shows on every tab.
     */
    private List<Map<String, Object>> warnings(List<FieldError> warnings, PriorityScheme about, Product shown, Locale locale) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (FieldError warning : warnings) {
            java.util.regex.Matcher path = RULE_PATH.matcher(warning.field());
            String where = "";
            if (path.matches()) {
                int p = Integer.parseInt(path.group(1));
                int r = Integer.parseInt(path.group(2));
                if (p >= about.products().size() || !about.products().get(p).key().equals(shown.key())) {
                    continue;
                }
                Product product = about.products().get(p);
                String rule = r < product.ruleIds().size() ? product.ruleIds().get(r) : String.valueOf(r + 1);
                String level = about.levels().stream().filter(l -> l.key().equals(rule)).findFirst()
                        .map(l -> " (" + l.name().in(locale) + ")").orElse("");
                where = renderer.messages().text(locale, "ma.priority.admin.warning-at", product.name().in(locale), rule + level);
            }
            rows.add(Map.of("field", where, "message", renderer.messages().text(locale, warning.messageKey(), warning.arguments())));
        }
        return rows;
    }

    private List<Map<String, Object>> described(List<FieldError> problems, Locale locale) {
        return problems.stream().map(e -> Map.<String, Object>of("field", e.field(),
                "message", renderer.messages().text(locale, e.messageKey(), e.arguments()))).collect(Collectors.toList());
    }

    private static String text(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value.trim();
    }
}
