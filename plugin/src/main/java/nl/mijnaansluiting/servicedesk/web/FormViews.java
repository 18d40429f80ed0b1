package nl.mijnaansluiting.servicedesk.web;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small pieces the editor forms share: a choice list, a text of a definition, the spare row's number. */
final class FormViews {

    private FormViews() {
    }

    /** One choice of a list: its value, its label, whether it is the chosen one. */
    static Map<String, Object> option(String value, String label, boolean selected) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("value", value);
        option.put("label", label);
        option.put("selected", selected);
        return option;
    }

    /** Choices from value-label pairs, with {@code chosen} selected; a chosen value not among them is kept as itself. */
    static List<Map<String, Object>> options(Map<String, String> labels, String chosen, boolean withEmpty) {
        List<Map<String, Object>> options = new ArrayList<>();
        if (withEmpty) {
            options.add(option("", "\u2014", chosen.isEmpty()));
        }
        labels.forEach((value, label) -> options.add(option(value, label, value.equals(chosen))));
        if (!chosen.isEmpty() && !labels.containsKey(chosen)) {
            options.add(option(chosen, chosen, true));
        }
        return options;
    }

    /** A member as text ("" when absent); numbers as their digits, so a refused value is shown as typed. */
    static String text(JsonNode json, String name) {
        JsonNode value = json == null ? null : json.get(name);
        return value == null || value.isNull() || value.isContainerNode() ? "" : value.asText();
    }

    /** The elements of a list member (none when it is absent or not a list). */
    static List<JsonNode> rows(JsonNode json, String name) {
        List<JsonNode> rows = new ArrayList<>();
        JsonNode list = json == null ? null : json.get(name);
        if (list != null && list.isArray()) {
            list.forEach(rows::add);
        }
        return rows;
    }

    /** The values of a list member as one comma-separated text. */
    static String joined(JsonNode json, String name) {
        List<String> parts = new ArrayList<>();
        rows(json, name).forEach(n -> parts.add(n.asText()));
        return String.join(", ", parts);
    }

    /** A form element id from a place in the definition ("goals[2].norm" gives "goals-2-norm"). */
    static String id(String place) {
        return place.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
    }
}
