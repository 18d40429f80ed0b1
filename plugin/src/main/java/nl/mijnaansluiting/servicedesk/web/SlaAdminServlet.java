package nl.mijnaansluiting.servicedesk.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.atlassian.annotations.security.AdminOnly;
import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.access.CallerSource;
import nl.mijnaansluiting.servicedesk.error.FieldError;
import nl.mijnaansluiting.servicedesk.sla.BusinessCalendar;
import nl.mijnaansluiting.servicedesk.sla.ClockReplanning;
import nl.mijnaansluiting.servicedesk.sla.SlaDefinitions;
import nl.mijnaansluiting.servicedesk.sla.SlaScheme;
import nl.mijnaansluiting.servicedesk.sla.SlaSettings;
import nl.mijnaansluiting.servicedesk.sla.SlaSettingsStore;

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
 * Admin page for SLA calendars and goal sets: the lists, and one definition to edit in a form (hours per weekday,
 * holidays by name, own days off, closed windows; goals per priority) or as JSON (export and import), to check, save
 * or reset to the shipped preset ({@link DefinitionEditor}). A definition that does not validate is shown again with
 * each error at its field, and nothing is saved.
 */
@AdminOnly
public class SlaAdminServlet extends HttpServlet {

    static final String PATH = "/plugins/servlet/ma-servicedesk/admin/sla";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Set<String> KINDS = Set.of(SlaSettingsStore.CALENDAR, SlaSettingsStore.GOALS);
    private static final Set<String> DONE = Set.of("saved", "reset");

    private static final int REPLANS_SHOWN = 10;
    private static final int FAILURES_SHOWN = 50;
    private final CallerSource callers;
    private final SlaSettings settings;
    private final FormTokens tokens;
    private final PageRenderer renderer;
    private final AdminSessions adminSessions;

    private final ClockReplanning replanning;

    /** @param replanning the re-plans the changes queued, shown with their progress and the clocks that could not follow */
    public SlaAdminServlet(CallerSource callers, SlaSettings settings, FormTokens tokens, PageRenderer renderer, AdminSessions adminSessions,
                           ClockReplanning replanning) {
        this.replanning = replanning;
        this.callers = callers;
        this.settings = settings;
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
        String kind = kind(request);
        String key = text(request, "key");
        String done = request.getParameter("done");
        page(request, response, admin.get(), 200, kind, key, stored(kind, key), null, List.of(),
                done != null && DONE.contains(done) ? "ma.sla.admin.done." + done : null, false);
    }

    /** The definition in force, as its JSON; null when there is none by that key. */
    private JsonNode stored(String kind, String key) {
        if (key.isEmpty()) {
            return null;
        }
        SlaSettings.Snapshot current = settings.current();
        if (SlaSettingsStore.CALENDAR.equals(kind)) {
            BusinessCalendar calendar = current.calendars().get(key);
            return calendar == null ? null : SlaDefinitions.toJson(calendar);
        }
        SlaScheme scheme = current.scheme(key);
        return scheme == null ? null : SlaDefinitions.toJson(scheme);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Caller> admin = Pages.admin(callers, adminSessions, renderer, request, response);
        if (admin.isEmpty()) {
            return;
        }
        String kind = kind(request);
        String key = text(request, "key");
        DefinitionEditor.Outcome outcome = DefinitionEditor.post(request, tokens, admin.get(), key,
                SlaSettingsStore.CALENDAR.equals(kind) ? calendars() : goalSets());
        if (outcome.saved()) {
            response.sendRedirect(renderer.chrome().baseUrl() + PATH + "?kind=" + kind + "&key="
                    + URLEncoder.encode(key, StandardCharsets.UTF_8) + "&done=" + outcome.done);
            return;
        }
        JsonNode shown = outcome.definition != null && outcome.definition.isObject() ? outcome.definition : stored(kind, key);
        page(request, response, admin.get(), outcome.status, kind, key, shown, outcome.pasted, outcome.errors,
                outcome.messageKey(), outcome.confirmingReset());
    }

    private DefinitionEditor.Kind calendars() {
        return new DefinitionEditor.Kind() {
            @Override
            public ObjectNode fromForm(ObjectNode form) {
                return CalendarForm.fromForm(form);
            }

            @Override
            public void check(String key, JsonNode definition) {
                settings.checkCalendar(key, definition);
            }

            @Override
            public void save(Caller admin, String key, JsonNode definition) {
                settings.saveCalendar(admin, key, definition);
            }

            @Override
            public void reset(Caller admin, String key) {
                settings.reset(admin, SlaSettingsStore.CALENDAR, key);
            }
        };
    }

    private DefinitionEditor.Kind goalSets() {
        return new DefinitionEditor.Kind() {
            @Override
            public ObjectNode fromForm(ObjectNode form) {
                return GoalSetForm.fromForm(form);
            }

            @Override
            public void check(String key, JsonNode definition) {
                settings.checkGoals(key, definition);
            }

            @Override
            public void save(Caller admin, String key, JsonNode definition) {
                settings.saveGoals(admin, key, definition);
            }

            @Override
            public void reset(Caller admin, String key) {
                settings.reset(admin, SlaSettingsStore.GOALS, key);
            }
        };
    }

    private void page(HttpServletRequest request, HttpServletResponse response, Caller admin, int status, String kind,
                      String key, JsonNode definition, String pasted, List<FieldError> errors, String doneKey,
                      boolean confirmReset) throws IOException {
        SlaSettings.Snapshot current = settings.current();
        Map<String, Object> values = new HashMap<>();
        // in a steady order (the presets' maps have none): calendars by their shown name, goal sets by scheme
        values.put("calendars", current.calendars().values().stream()
                .map(c -> Map.of("key", c.key(), "name", nl.mijnaansluiting.servicedesk.sla.CalendarNames.of(renderer.messages(), admin.locale(), c),
                        "zone", c.zone().getId()))
                .sorted(java.util.Comparator.comparing((Map<String, String> c) -> c.get("name").toLowerCase(admin.locale())))
                .collect(Collectors.toList()));
        values.put("goalSets", current.schemes().values().stream().sorted(java.util.Comparator.comparing(SlaScheme::key))
                .map(s -> Map.of("key", s.key(), "levels", String.join(", ", s.levels()), "goals", s.goals().size()))
                .collect(Collectors.toList()));
        values.put("kind", kind);
        values.put("key", definition == null ? "" : key);
        values.put("goalWords", goalWords(current, kind, key, admin));
        FormErrors formErrors = new FormErrors(renderer.messages(), admin.locale(), errors);
        if (definition != null) {
            values.put("form", SlaSettingsStore.CALENDAR.equals(kind)
                    ? CalendarForm.view(definition, formErrors, renderer.messages(), admin.locale())
                    : GoalSetForm.view(definition, formErrors, renderer.messages(), admin.locale(), current.calendars()));
        }
        values.put("jsonErrors", formErrors.at("definition"));
        values.put("definition", pasted != null ? pasted : definition == null ? "" : JSON.writeValueAsString(definition));
        values.put("errorCount", formErrors.count());
        values.put("unplacedErrors", formErrors.unplaced());
        values.put("done", doneKey == null ? "" : renderer.messages().text(admin.locale(), doneKey));
        values.put("tokenName", tokens.parameterName());
        values.put("token", tokens.tokenFor(request, response));
        values.put("action", renderer.chrome().baseUrl() + PATH);
        values.put("confirmReset", confirmReset);
        values.put("editorHidden", List.of(Map.of("name", "kind", "value", kind), Map.of("name", "key", "value", key)));
        values.put("replans", replans(admin));
        renderer.write(response, status, "templates/sla-admin.vm", admin, values);
    }

    /** The goals of the goal set being edited, each in a line an admin reads; a status rhythm in words (seed 003). */
    private List<Map<String, Object>> goalWords(SlaSettings.Snapshot current, String kind, String key, Caller admin) {
        java.util.Locale locale = admin.locale();
        nl.mijnaansluiting.servicedesk.sla.SlaScheme scheme = SlaSettingsStore.CALENDAR.equals(kind) ? null : current.scheme(key);
        if (scheme == null) {
            return List.of();
        }
        return scheme.goals().stream().map(goal -> {
            nl.mijnaansluiting.servicedesk.sla.BusinessCalendar calendar = current.calendars().get(goal.calendarKey());
            String calendarName = calendar == null ? goal.calendarKey()
                    : nl.mijnaansluiting.servicedesk.sla.CalendarNames.of(renderer.messages(), locale, calendar);
            String target = goal.target().rhythm().filter(r -> calendar != null)
                    .map(r -> r.words(renderer.messages(), locale, calendar)).orElse(goal.target().workingDays() > 0
                            ? renderer.formats(admin).workingDays(goal.target().workingDays())
                            : renderer.formats(admin).duration(goal.target().on(calendar == null ? BusinessCalendar.aroundTheClock("-", "-", java.time.ZoneOffset.UTC) : calendar)));
            Map<String, Object> row = new HashMap<>();
            row.put("priority", goal.priority());
            row.put("metric", renderer.messages().text(locale, "ma.sla.metric." + goal.metric()));
            row.put("target", target);
            row.put("calendar", calendarName);
            row.put("norm", goal.normPercent());
            return row;
        }).collect(Collectors.toList());
    }

    /** The latest re-plans: what changed, by whom, how far the clocks followed, and the clocks that could not. */
    private List<Map<String, Object>> replans(Caller admin) {
        java.util.Locale locale = admin.locale();
        return replanning.recent(REPLANS_SHOWN).stream().map(replan -> {
            Map<String, Object> row = new HashMap<>();
            row.put("id", replan.id());
            row.put("at", renderer.formats(admin).dateTime(replan.changedAt()));
            row.put("what", renderer.messages().text(locale, "ma.sla.history.detail." + replan.kind(), replan.settingKey()));
            row.put("by", replan.changedBy() == null ? "" : renderer.people().displayName(replan.changedBy()));
            row.put("statusKey", replan.status().name().toLowerCase(java.util.Locale.ROOT));
            row.put("status", renderer.messages().text(locale, "ma.sla.replan.status." + replan.status().name().toLowerCase(java.util.Locale.ROOT)));
            row.put("progress", renderer.messages().text(locale, "ma.sla.replan.progress", replan.done(), replan.total()));
            row.put("changed", replan.changed());
            row.put("failed", replan.failed());
            row.put("failures", replan.failed() == 0 ? List.of() : replanning.failures(replan.id(), FAILURES_SHOWN).stream()
                    .map(e -> e.requestKey() + " " + renderer.messages().text(locale, "ma.sla.metric." + e.metric()))
                    .collect(Collectors.toList()));
            row.put("finished", replan.finishedAt() == null ? "" : renderer.formats(admin).dateTime(replan.finishedAt()));
            return row;
        }).collect(Collectors.toList());
    }

    private static String kind(HttpServletRequest request) {
        String kind = text(request, "kind");
        return KINDS.contains(kind) ? kind : SlaSettingsStore.CALENDAR;
    }

    private static String text(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value.trim();
    }
}
