package nl.mijnaansluiting.servicedesk.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.mijnaansluiting.servicedesk.sla.PublicHolidays;
import nl.mijnaansluiting.servicedesk.text.Messages;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The calendar editor's form: hours per weekday, the country's holidays by their names (ticked: a day off), the
 * calendar's own days off by date and name, the closed windows; to and from the calendar's JSON.
 */
final class CalendarForm {

    private CalendarForm() {
    }

    /** The form's holidays (the ticked ones count) as the definition's switched-off and switched-on keys. */
    static ObjectNode fromForm(ObjectNode form) {
        JsonNode holidays = form.path("holidays");
        String country = FormViews.text(holidays, "country");
        Set<String> counting = new HashSet<>();
        FormViews.rows(holidays, "counts").forEach(n -> counting.add(n.asText()));
        // the ticks are of the country the page listed; for a country chosen just now its own rules hold
        boolean listed = country.equals(FormViews.text(holidays, "listedFor"));
        ObjectNode result = form.deepCopy();
        ObjectNode h = result.putObject("holidays");
        h.put("country", country);
        ArrayNode off = h.putArray("off");
        ArrayNode on = h.putArray("on");
        if (listed && !country.isEmpty() && PublicHolidays.countries().contains(country)) {
            for (PublicHolidays.Known holiday : PublicHolidays.known(country, Locale.ENGLISH)) {
                if (holiday.isPublicHoliday() && !counting.contains(holiday.key())) {
                    off.add(holiday.key());
                } else if (!holiday.isPublicHoliday() && counting.contains(holiday.key())) {
                    on.add(holiday.key());
                }
            }
        }
        if (!result.has("hours")) {
            result.putObject("hours");
        }
        return result;
    }

    static Map<String, Object> view(JsonNode definition, FormErrors errors, Messages messages, Locale locale) {
        Map<String, Object> form = new HashMap<>();
        form.put("key", FormViews.text(definition, "key"));
        form.put("keyErrors", errors.at("key"));
        form.put("name", FormViews.text(definition, "name"));
        form.put("nameErrors", errors.at("name"));
        form.put("zone", FormViews.text(definition, "zone"));
        form.put("zoneErrors", errors.at("zone"));
        form.put("aroundTheClock", definition.path("aroundTheClock").asBoolean(false));
        form.put("hoursErrors", errors.at("hours"));

        List<Map<String, Object>> days = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            String place = "hours." + day.name();
            List<Map<String, Object>> rows = new ArrayList<>();
            List<JsonNode> intervals = FormViews.rows(definition.path("hours"), day.name());
            for (int i = 0; i <= intervals.size(); i++) {
                JsonNode interval = i < intervals.size() ? intervals.get(i) : null;
                Map<String, Object> row = new HashMap<>();
                row.put("p", place + "[" + i + "]");
                row.put("id", FormViews.id(place + "[" + i + "]"));
                row.put("from", interval == null ? "" : interval.path(0).asText(""));
                row.put("to", interval == null ? "" : interval.path(1).asText(""));
                row.put("spare", interval == null);
                row.put("first", i == 0);
                row.put("errors", errors.at(place + "[" + i + "]"));
                rows.add(row);
            }
            Map<String, Object> d = new HashMap<>();
            d.put("name", day.name());
            d.put("label", capital(day.getDisplayName(TextStyle.FULL, locale)));
            d.put("rows", rows);
            d.put("errors", errors.at(place));
            days.add(d);
        }
        form.put("days", days);

        JsonNode holidays = definition.path("holidays");
        String country = FormViews.text(holidays, "country");
        Map<String, String> countries = new TreeMap<>();
        for (String code : PublicHolidays.countries()) {
            countries.put(code, countryName(code, locale));
        }
        Map<String, String> byName = new LinkedHashMap<>();
        countries.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> byName.put(e.getKey(), e.getValue()));
        form.put("countries", FormViews.options(byName, country, true));
        form.put("country", country);
        form.put("countryErrors", errors.at("holidays.country"));
        List<Map<String, Object>> holidayRows = new ArrayList<>();
        if (!country.isEmpty() && countries.containsKey(country)) {
            PublicHolidays chosen = new PublicHolidays(country, strings(holidays.path("off")), strings(holidays.path("on")));
            for (PublicHolidays.Known holiday : PublicHolidays.known(country, locale)) {
                Map<String, Object> row = new HashMap<>();
                row.put("key", holiday.key());
                row.put("id", "holiday-" + FormViews.id(holiday.key()));
                row.put("name", holiday.name());
                row.put("counts", chosen.counts(holiday));
                row.put("kind", messages.text(locale, holiday.isPublicHoliday() ? "ma.sla.holiday.public" : "ma.sla.holiday.observance"));
                holidayRows.add(row);
            }
        }
        form.put("holidays", holidayRows);

        List<Map<String, Object>> daysOff = new ArrayList<>();
        List<JsonNode> own = FormViews.rows(definition, "daysOff");
        for (int i = 0; i <= own.size(); i++) {
            JsonNode day = i < own.size() ? own.get(i) : null;
            String place = "daysOff[" + i + "]";
            Map<String, Object> row = new HashMap<>();
            row.put("p", place);
            row.put("id", FormViews.id(place));
            row.put("date", day == null ? "" : day.isObject() ? FormViews.text(day, "date") : day.asText());
            row.put("name", day == null || !day.isObject() ? "" : FormViews.text(day, "name"));
            row.put("spare", day == null);
            List<String> rowErrors = new ArrayList<>(errors.at(place));
            rowErrors.addAll(errors.at(place + ".date"));
            rowErrors.addAll(errors.at(place + ".name"));
            row.put("errors", rowErrors);
            daysOff.add(row);
        }
        form.put("daysOff", daysOff);

        List<Map<String, Object>> closed = new ArrayList<>();
        List<JsonNode> windows = FormViews.rows(definition, "closed");
        Map<String, String> dayNames = new LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            dayNames.put(day.name(), capital(day.getDisplayName(TextStyle.FULL, locale)));
        }
        for (int i = 0; i <= windows.size(); i++) {
            JsonNode window = i < windows.size() ? windows.get(i) : null;
            String place = "closed[" + i + "]";
            Set<String> weeks = new HashSet<>();
            FormViews.rows(window, "weeksOfMonth").forEach(n -> weeks.add(n.asText()));
            List<Map<String, Object>> weekBoxes = new ArrayList<>();
            for (int w = 1; w <= 5; w++) {
                weekBoxes.add(FormViews.option(String.valueOf(w), messages.text(locale, "ma.sla.closed.week", w),
                        weeks.contains(String.valueOf(w))));
            }
            Map<String, Object> row = new HashMap<>();
            row.put("p", place);
            row.put("id", FormViews.id(place));
            row.put("weeks", weekBoxes);
            row.put("days", FormViews.options(dayNames, FormViews.text(window, "day"), true));
            row.put("from", FormViews.text(window, "from"));
            row.put("to", FormViews.text(window, "to"));
            row.put("spare", window == null);
            row.put("errors", errors.at(place));
            closed.add(row);
        }
        form.put("closed", closed);
        return form;
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> values = new HashSet<>();
        array.forEach(n -> values.add(n.asText()));
        return values;
    }

    private static String countryName(String code, Locale locale) {
        String name = new Locale("", code).getDisplayCountry(locale);
        return name.isEmpty() || name.equalsIgnoreCase(code) ? code : name + " (" + code + ")";
    }

    private static String capital(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
