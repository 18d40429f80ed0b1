package nl.mijnaansluiting.servicedesk.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.mijnaansluiting.servicedesk.sla.BusinessCalendar;
import nl.mijnaansluiting.servicedesk.sla.Goal;
import nl.mijnaansluiting.servicedesk.text.Messages;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The goal set editor's form: the priorities, and per goal its priority, goal, target as an amount and a unit
 * (minutes, hours, working days, or a status rhythm of every so many hours), calendar by name, norm; to and from JSON.
 */
final class GoalSetForm {

    static final String MINUTES = "minutes";
    static final String HOURS = "hours";
    static final String WORKING_DAYS = "workingDays";
    static final String EVERY_HOURS = "everyHours";
    private static final List<String> UNITS = List.of(MINUTES, HOURS, WORKING_DAYS, EVERY_HOURS);
    private static final List<String> METRICS = List.of(Goal.REACTION, Goal.RESOLUTION, Goal.ANSWER, Goal.AP_REPORT,
            Goal.RCA, Goal.STATUS_UPDATE, Goal.POST_REVIEW);
    private static final List<String> ONLY_FOR = List.of("datalek", "question", Goal.ON_REQUEST);

    private GoalSetForm() {
    }

    /** Each goal's amount and unit as the definition's target ("PT15M", {"workingDays":2}, a rhythm). */
    static ObjectNode fromForm(ObjectNode form) {
        ObjectNode result = form.deepCopy();
        if (!result.has("levels")) {
            result.putArray("levels");
        }
        ArrayNode goals = result.has("goals") && result.get("goals").isArray() ? (ArrayNode) result.get("goals") : result.putArray("goals");
        for (JsonNode goal : goals) {
            ObjectNode g = (ObjectNode) goal;
            JsonNode target = g.path("target");
            JsonNode amount = target.path("amount");
            String unit = FormViews.text(target, "unit");
            if (!amount.isInt() || amount.asInt() < 1) {
                // not a whole number: the definition's own check names it at the target
                g.put("target", amount.isMissingNode() || amount.isNull() ? "" : amount.asText());
            } else if (WORKING_DAYS.equals(unit)) {
                g.putObject("target").put("workingDays", amount.asInt());
            } else if (EVERY_HOURS.equals(unit)) {
                // outside the calendar the next status is due the next morning: 08:00 unless said (seed 003)
                String morning = FormViews.text(target, "nextMorningAt");
                g.putObject("target").put("every", Duration.ofHours(amount.asInt()).toString())
                        .put("nextMorningAt", morning.isEmpty() ? "08:00" : morning);
            } else {
                g.put("target", (MINUTES.equals(unit) ? Duration.ofMinutes(amount.asInt()) : Duration.ofHours(amount.asInt())).toString());
            }
            if (FormViews.text(g, "onlyFor").isEmpty()) {
                g.putNull("onlyFor");
            }
        }
        return result;
    }

    static Map<String, Object> view(JsonNode definition, FormErrors errors, Messages messages, Locale locale,
                                    Map<String, BusinessCalendar> calendars) {
        Map<String, Object> form = new HashMap<>();
        form.put("key", FormViews.text(definition, "key"));
        form.put("keyErrors", errors.at("key"));
        form.put("levels", FormViews.joined(definition, "levels"));
        form.put("levelsErrors", errors.at("levels"));
        form.put("goalsErrors", errors.at("goals"));
        Map<String, String> priorities = new LinkedHashMap<>();
        priorities.put(Goal.ANY_PRIORITY, messages.text(locale, "ma.sla.goal.any-priority"));
        FormViews.rows(definition, "levels").forEach(l -> priorities.put(l.asText(), l.asText()));
        Map<String, String> metrics = new LinkedHashMap<>();
        METRICS.forEach(m -> metrics.put(m, messages.text(locale, "ma.sla.metric." + m)));
        Map<String, String> units = new LinkedHashMap<>();
        UNITS.forEach(u -> units.put(u, messages.text(locale, "ma.sla.goal.unit." + u)));
        Map<String, String> calendarNames = new LinkedHashMap<>();
        calendars.values().forEach(c -> calendarNames.put(c.key(), c.name()));
        Map<String, String> onlyFor = new LinkedHashMap<>();
        ONLY_FOR.forEach(o -> onlyFor.put(o, messages.text(locale, "ma.sla.goal.only-for." + o)));

        List<Map<String, Object>> rows = new ArrayList<>();
        List<JsonNode> goals = FormViews.rows(definition, "goals");
        for (int i = 0; i <= goals.size(); i++) {
            JsonNode goal = i < goals.size() ? goals.get(i) : null;
            String place = "goals[" + i + "]";
            String[] target = target(goal == null ? null : goal.get("target"));
            Map<String, Object> row = new HashMap<>();
            row.put("p", place);
            row.put("id", FormViews.id(place));
            row.put("spare", goal == null);
            row.put("priorities", FormViews.options(priorities, FormViews.text(goal, "priority"), true));
            row.put("metrics", FormViews.options(metrics, FormViews.text(goal, "metric"), true));
            row.put("amount", target[0]);
            row.put("units", FormViews.options(units, target[1], false));
            row.put("nextMorningAt", target[2]);
            row.put("rhythm", EVERY_HOURS.equals(target[1]));
            row.put("calendars", FormViews.options(calendarNames, FormViews.text(goal, "calendar"), true));
            row.put("norm", FormViews.text(goal, "norm"));
            row.put("example", goal != null && goal.path("example").asBoolean(false));
            row.put("onlyFor", FormViews.options(onlyFor, FormViews.text(goal, "onlyFor"), true));
            row.put("errors", errors.at(place));
            for (String field : new String[] {"priority", "metric", "target", "calendar", "norm"}) {
                row.put(field + "Errors", errors.at(place + "." + field));
            }
            rows.add(row);
        }
        form.put("goals", rows);
        return form;
    }

    /** Amount, unit and the rhythm's morning hour of a target as the form shows it. */
    private static String[] target(JsonNode target) {
        if (target == null || target.isNull()) {
            return new String[] {"", HOURS, ""};
        }
        if (target.isObject() && target.has("every")) {
            try {
                return new String[] {String.valueOf(Duration.parse(target.path("every").asText()).toHours()), EVERY_HOURS,
                        target.path("nextMorningAt").asText("")};
            } catch (RuntimeException e) {
                return new String[] {target.path("every").asText(), EVERY_HOURS, target.path("nextMorningAt").asText("")};
            }
        }
        if (target.isObject()) {
            return new String[] {target.path("workingDays").asText(""), WORKING_DAYS, ""};
        }
        try {
            Duration duration = Duration.parse(target.asText());
            return duration.toMinutes() % 60 == 0 ? new String[] {String.valueOf(duration.toHours()), HOURS, ""}
                    : new String[] {String.valueOf(duration.toMinutes()), MINUTES, ""};
        } catch (RuntimeException e) {
            return new String[] {target.asText(), HOURS, ""};
        }
    }
}
