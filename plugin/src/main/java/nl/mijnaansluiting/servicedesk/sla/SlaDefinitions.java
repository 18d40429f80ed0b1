package nl.mijnaansluiting.servicedesk.sla;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.mijnaansluiting.servicedesk.error.FieldError;
import nl.mijnaansluiting.servicedesk.error.ProblemException;
import nl.mijnaansluiting.servicedesk.text.TranslatedJson;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Business calendars and goal sets as JSON, what admins edit and the store keeps:
 * <pre>{"key":"kantooruren","name":"Kantooruren","zone":"Europe/Amsterdam","aroundTheClock":false,
 *  "hours":{"MONDAY":[["08:00","17:00"]]},"holidays":{"country":"NL","off":["christian.GOOD_FRIDAY"],"on":[]},
 *  "daysOff":["2026-12-24"],"closed":[{"weeksOfMonth":[2,4],"day":"WEDNESDAY","from":"00:00","to":"06:00"}]}
 * {"key":"borger-dk","levels":["1","2"],"goals":[{"priority":"1","metric":"reaction","target":"PT15M",
 *  "calendar":"borger-dk-primaer","norm":90,"example":false,"onlyFor":null}]}</pre>
 * A target is a duration ("PT15M", "PT20H") or {"workingDays":2}; a status-update goal may instead have a status
 * rhythm {"every":"PT1H","nextMorningAt":"08:00"} (seed 003: every hour inside the goal's calendar, else the next
 * 08:00). Reading checks everything and names each
 * wrong place; nothing half-read is ever used.
 */
public final class SlaDefinitions {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METRICS = Set.of(Goal.REACTION, Goal.RESOLUTION, Goal.AP_REPORT, Goal.RCA, Goal.ANSWER,
            Goal.STATUS_UPDATE, Goal.POST_REVIEW);

    private SlaDefinitions() {
    }

    public static JsonNode parse(String json) {
        try {
            JsonNode node = JSON.readTree(json == null ? "" : json);
            if (node == null || !node.isObject()) {
                throw ProblemException.badInput("definition", "ma.priority.error.object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw nl.mijnaansluiting.servicedesk.error.NotJson.problem("definition", e);
        }
    }

    // ------------------------------------------------------------ calendars

    public static ObjectNode toJson(BusinessCalendar calendar) {
        ObjectNode json = JSON.createObjectNode();
        json.put("key", calendar.key());
        json.put("name", calendar.name());
        json.put("zone", calendar.zone().getId());
        json.put("aroundTheClock", calendar.isAroundTheClock());
        ObjectNode hours = json.putObject("hours");
        if (!calendar.isAroundTheClock()) {
            for (DayOfWeek day : DayOfWeek.values()) {
                List<LocalTime[]> intervals = calendar.hours(day);
                if (!intervals.isEmpty()) {
                    ArrayNode list = hours.putArray(day.name());
                    intervals.forEach(i -> list.addArray().add(time(i[0], false)).add(time(i[1], true)));
                }
            }
        }
        ObjectNode holidays = json.putObject("holidays");
        holidays.put("country", calendar.holidays().country());
        new TreeSet<>(calendar.holidays().switchedOff()).forEach(holidays.putArray("off")::add);
        new TreeSet<>(calendar.holidays().switchedOn()).forEach(holidays.putArray("on")::add);
        ArrayNode daysOff = json.putArray("daysOff");
        calendar.ownDaysOff().forEach((date, name) -> {
            if (name.isEmpty()) {
                daysOff.add(date.toString());
            } else {
                daysOff.addObject().put("date", date.toString()).put("name", name);
            }
        });
        ArrayNode closed = json.putArray("closed");
        for (ClosedWindow window : calendar.closedWindows()) {
            ObjectNode w = closed.addObject();
            new TreeSet<>(window.weeksOfMonth()).forEach(w.putArray("weeksOfMonth")::add);
            w.put("day", window.day().name());
            w.put("from", time(LocalTime.ofSecondOfDay(window.startSecond()), false));
            w.put("to", window.endSecond() == BusinessCalendar.DAY ? "24:00" : time(LocalTime.ofSecondOfDay(window.endSecond()), false));
        }
        return json;
    }

    private static String time(LocalTime time, boolean end) {
        return end && time.equals(LocalTime.MIDNIGHT) ? "24:00" : time.toString();
    }

    public static BusinessCalendar readCalendar(JsonNode json) {
        List<FieldError> errors = new ArrayList<>();
        String key = TranslatedJson.text(json, "key");
        String name = TranslatedJson.text(json, "name");
        if (name.isEmpty() || name.length() > 255) {
            errors.add(new FieldError("name", name.isEmpty() ? "ma.form.error.required" : "ma.form.error.too-long", 255));
        }
        ZoneId zone = null;
        try {
            zone = ZoneId.of(TranslatedJson.text(json, "zone"));
        } catch (RuntimeException e) {
            errors.add(new FieldError("zone", "ma.sla.error.zone", TranslatedJson.text(json, "zone")));
        }
        PublicHolidays holidays = PublicHolidays.none();
        JsonNode h = json.get("holidays");
        String country = TranslatedJson.text(h, "country");
        try {
            holidays = new PublicHolidays(country.isEmpty() ? null : country, strings(h == null ? null : h.get("off")),
                    strings(h == null ? null : h.get("on")));
            for (String listed : new String[] {"off", "on"}) {
                JsonNode keys = h == null ? null : h.get(listed);
                for (int i = 0; keys != null && i < keys.size(); i++) {
                    String holiday = keys.get(i).asText().trim();
                    if (!holiday.isEmpty() && !holidays.knows(holiday)) {
                        errors.add(new FieldError("holidays." + listed + "[" + i + "]", "ma.sla.error.holiday", holiday,
                                country.isEmpty() ? "-" : country));
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("holidays.country", "ma.sla.error.country", country));
        }
        if (json.path("aroundTheClock").asBoolean(false)) {
            if (!errors.isEmpty() || zone == null) {
                throw ProblemException.invalidForm(errors);
            }
            return BusinessCalendar.aroundTheClock(key, name, zone);
        }
        BusinessCalendar.Builder builder = BusinessCalendar.builder(key, name, zone).holidays(holidays);
        JsonNode hours = json.get("hours");
        for (DayOfWeek day : DayOfWeek.values()) {
            JsonNode intervals = hours == null ? null : hours.get(day.name());
            if (intervals == null || intervals.isNull()) {
                continue;
            }
            for (int i = 0; i < intervals.size(); i++) {
                String path = "hours." + day.name() + "[" + i + "]";
                LocalTime from = clock(intervals.get(i).get(0), path, errors);
                LocalTime to = clock(intervals.get(i).get(1), path, errors);
                if (from != null && to != null) {
                    builder.hours(from, to, day);
                }
            }
        }
        JsonNode daysOff = json.get("daysOff");
        for (int i = 0; daysOff != null && i < daysOff.size(); i++) {
            // "2026-12-24", or {"date":"2026-12-24","name":"Kerstavond"}: a day off of the calendar's own, by name
            JsonNode day = daysOff.get(i);
            String date = day.isObject() ? TranslatedJson.text(day, "date") : day.asText();
            String dayName = day.isObject() ? TranslatedJson.text(day, "name") : "";
            String path = "daysOff[" + i + "]" + (day.isObject() ? ".date" : "");
            if (dayName.length() > 255) {
                errors.add(new FieldError("daysOff[" + i + "].name", "ma.form.error.too-long", 255));
            }
            try {
                builder.dayOff(LocalDate.parse(date), dayName);
            } catch (RuntimeException e) {
                errors.add(new FieldError(path, "ma.sla.error.date", date));
            }
        }
        JsonNode closed = json.get("closed");
        for (int i = 0; closed != null && i < closed.size(); i++) {
            JsonNode w = closed.get(i);
            String path = "closed[" + i + "]";
            LocalTime from = clock(w.get("from"), path, errors);
            LocalTime to = clock(w.get("to"), path, errors);
            try {
                Set<Integer> weeks = new HashSet<>();
                w.path("weeksOfMonth").forEach(n -> weeks.add(n.asInt()));
                if (from != null && to != null) {
                    builder.closed(ClosedWindow.monthly(weeks, DayOfWeek.valueOf(TranslatedJson.text(w, "day")), from, to));
                }
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(path, "ma.sla.error.closed-window"));
            }
        }
        BusinessCalendar calendar = null;
        try {
            calendar = builder.build();
        } catch (ProblemException invalid) {
            errors.addAll(invalid.fieldErrors());
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidForm(errors);
        }
        return calendar;
    }

    /** "08:00"; "24:00" is the end of the day. */
    private static LocalTime clock(JsonNode value, String path, List<FieldError> errors) {
        String text = value == null ? "" : value.asText().trim();
        if ("24:00".equals(text)) {
            return LocalTime.MIDNIGHT;
        }
        try {
            return LocalTime.parse(text);
        } catch (RuntimeException e) {
            errors.add(new FieldError(path, "ma.sla.error.time", text));
            return null;
        }
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> values = new HashSet<>();
        if (array != null) {
            array.forEach(n -> values.add(n.asText().trim()));
        }
        values.remove("");
        return values;
    }

    // ------------------------------------------------------------ goals

    public static ObjectNode toJson(SlaScheme scheme) {
        ObjectNode json = JSON.createObjectNode();
        json.put("key", scheme.key());
        scheme.levels().forEach(json.putArray("levels")::add);
        ArrayNode goals = json.putArray("goals");
        for (Goal goal : scheme.goals()) {
            ObjectNode g = goals.addObject();
            g.put("priority", goal.priority());
            g.put("metric", goal.metric());
            if (goal.target().rhythm().isPresent()) {
                StatusRhythm rhythm = goal.target().rhythm().get();
                g.putObject("target").put("every", rhythm.every().toString()).put("nextMorningAt", rhythm.nextMorningAt().toString());
            } else if (goal.target().workingDays() > 0) {
                g.putObject("target").put("workingDays", goal.target().workingDays());
            } else {
                g.put("target", goal.target().toString());
            }
            g.put("calendar", goal.calendarKey());
            g.put("norm", goal.normPercent());
            g.put("example", goal.isExample());
            g.put("onlyFor", goal.onlyFor().orElse(null));
        }
        return json;
    }

    /** Reads a goal set; every goal's calendar must be one of {@code calendars}. */
    public static SlaScheme readScheme(JsonNode json, Map<String, BusinessCalendar> calendars) {
        List<FieldError> errors = new ArrayList<>();
        String key = TranslatedJson.text(json, "key");
        List<String> levels = new ArrayList<>();
        json.path("levels").forEach(n -> levels.add(n.asText().trim()));
        if (levels.isEmpty() || levels.contains("")) {
            errors.add(new FieldError("levels", "ma.sla.error.levels"));
        }
        List<Goal> goals = new ArrayList<>();
        JsonNode goalsJson = json.get("goals");
        if (goalsJson == null || !goalsJson.isArray() || goalsJson.isEmpty()) {
            errors.add(new FieldError("goals", "ma.sla.error.goals"));
        }
        for (int i = 0; goalsJson != null && i < goalsJson.size(); i++) {
            JsonNode g = goalsJson.get(i);
            String path = "goals[" + i + "]";
            int before = errors.size();
            String priority = TranslatedJson.text(g, "priority");
            if (!Goal.ANY_PRIORITY.equals(priority) && !levels.contains(priority)) {
                errors.add(new FieldError(path + ".priority", "ma.priority.error.unknown-level", priority));
            }
            String metric = TranslatedJson.text(g, "metric");
            if (!METRICS.contains(metric)) {
                errors.add(new FieldError(path + ".metric", "ma.sla.error.metric", metric));
            }
            String calendar = TranslatedJson.text(g, "calendar");
            if (calendar.isEmpty()) {
                errors.add(new FieldError(path + ".calendar", "ma.sla.error.goal-calendar"));
            } else if (!calendars.containsKey(calendar)) {
                errors.add(new FieldError(path + ".calendar", "ma.sla.error.unknown-calendar", calendar));
            }
            Target target = target(g.get("target"), path + ".target", errors);
            if (target != null && target.rhythm().isPresent() && !Goal.STATUS_UPDATE.equals(metric)) {
                errors.add(new FieldError(path + ".target", "ma.sla.error.rhythm-metric", metric));
            }
            int norm = g.path("norm").asInt(0);
            if (norm < 1 || norm > 100) {
                errors.add(new FieldError(path + ".norm", "ma.sla.error.norm", g.path("norm").asText()));
            }
            if (errors.size() == before) {
                String onlyFor = TranslatedJson.text(g, "onlyFor");
                goals.add(new Goal(priority, metric, target, calendar, norm, g.path("example").asBoolean(false),
                        onlyFor.isEmpty() ? null : onlyFor));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidForm(errors);
        }
        return new SlaScheme(key, levels, goals);
    }

    /** The longest goal anyone agrees to: a year (P9999999999D overflowed the calendar arithmetic: issue 17). */
    static final Duration LONGEST_TARGET = Duration.ofDays(366);

    private static Target target(JsonNode json, String path, List<FieldError> errors) {
        try {
            if (json != null && json.isObject() && json.has("every")) {
                return Target.statusRhythm(new StatusRhythm(Duration.parse(json.path("every").asText()),
                        java.time.LocalTime.parse(json.path("nextMorningAt").asText())));
            }
            if (json != null && json.isObject()) {
                JsonNode days = json.get("workingDays");
                if (days == null || !days.isIntegralNumber() || days.asLong() < 1 || days.asLong() > LONGEST_TARGET.toDays()) {
                    throw new IllegalArgumentException("working days out of range");
                }
                return Target.workingDays(days.asInt());
            }
            if (json == null || !json.isTextual()) {
                throw new IllegalArgumentException("not a duration");
            }
            Duration duration = Duration.parse(json.asText());
            if (duration.isNegative() || duration.isZero() || duration.compareTo(LONGEST_TARGET) > 0) {
                throw new IllegalArgumentException("duration out of range");
            }
            return Target.of(duration);
        } catch (RuntimeException e) {
            errors.add(new FieldError(path, "ma.sla.error.target", json == null ? "" : json.toString()));
            return null;
        }
    }
}
