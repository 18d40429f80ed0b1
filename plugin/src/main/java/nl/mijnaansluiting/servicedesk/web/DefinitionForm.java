package nl.mijnaansluiting.servicedesk.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields of an editor form turned into the same JSON definition the REST API and the JSON import take, so a
 * form and a pasted definition are checked by one validation. A field's name is a prefix and the place in the
 * definition ({@code f.name}, {@code f.hours.MONDAY[0][1]}, {@code fn.goals[2].norm}):
 * <ul>
 *   <li>{@code f.} text; {@code fs.} text that alone does not make a row filled in (a list's choice);</li>
 *   <li>{@code fn.} a whole number (kept as text when it is none, so validation names it);</li>
 *   <li>{@code fb.} a tick box, true when any value is "true" (a hidden "false" beside it keeps it present);</li>
 *   <li>{@code fl.} a comma-separated list; {@code fa.} every value of a repeated field (tick boxes) as a list;</li>
 *   <li>{@code fx.<row>} ticked: that row is removed.</li>
 * </ul>
 * Rows left empty (nothing typed or ticked, at most a list's choice: the spare row at the end of each list) are dropped
 * and the rows after them move up; a refused form is shown again from the definition it became, so the errors, which
 * name the definition's rows, stand at the right fields.
 */
final class DefinitionForm {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)|\\[(\\d{1,4})]");

    private final ObjectNode definition;

    private DefinitionForm(ObjectNode definition) {
        this.definition = definition;
    }

    /** Reads the posted fields (the servlet's parameter map). */
    static DefinitionForm read(Map<String, String[]> parameters) {
        Map<String, Object> root = new LinkedHashMap<>();
        java.util.Set<String> removed = new java.util.HashSet<>();
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            int dot = name.indexOf('.');
            if (dot < 0) {
                continue;
            }
            String prefix = name.substring(0, dot);
            String path = name.substring(dot + 1);
            if ("fx".equals(prefix)) {
                if (isTicked(parameter.getValue())) {
                    removed.add(path);
                }
                continue;
            }
            Leaf leaf = leaf(prefix, parameter.getValue());
            List<Object> segments = segments(path);
            if (leaf != null && !segments.isEmpty()) {
                put(root, segments, leaf);
            }
        }
        return new DefinitionForm((ObjectNode) toJson(root, "", removed));
    }

    ObjectNode definition() {
        return definition;
    }

    // ------------------------------------------------------------ reading

    /** One field's value, and whether it alone makes its row filled in. */
    private static final class Leaf {
        final JsonNode value;
        final boolean fills;

        Leaf(JsonNode value, boolean fills) {
            this.value = value;
            this.fills = fills;
        }
    }

    private static Leaf leaf(String prefix, String[] values) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        String first = values.length == 0 || values[0] == null ? "" : values[0].trim();
        switch (prefix) {
            case "f":
                return new Leaf(nodes.textNode(first), !first.isEmpty());
            case "fs":
                return new Leaf(nodes.textNode(first), false);
            case "fn":
                if (first.isEmpty()) {
                    return new Leaf(nodes.nullNode(), false);
                }
                try {
                    return new Leaf(nodes.numberNode(Integer.parseInt(first)), true);
                } catch (NumberFormatException e) {
                    return new Leaf(nodes.textNode(first), true);
                }
            case "fb":
                return new Leaf(nodes.booleanNode(isTicked(values)), isTicked(values));
            case "fl": {
                ArrayNode list = nodes.arrayNode();
                for (String part : first.split(",")) {
                    if (!part.trim().isEmpty()) {
                        list.add(part.trim());
                    }
                }
                return new Leaf(list, !list.isEmpty());
            }
            case "fa": {
                ArrayNode list = nodes.arrayNode();
                for (String value : values) {
                    if (value != null && !value.trim().isEmpty()) {
                        list.add(value.trim());
                    }
                }
                return new Leaf(list, !list.isEmpty());
            }
            default:
                return null;
        }
    }

    private static boolean isTicked(String[] values) {
        for (String value : values) {
            if ("true".equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static List<Object> segments(String path) {
        List<Object> segments = new ArrayList<>();
        Matcher matcher = SEGMENT.matcher(path);
        int at = 0;
        while (matcher.find()) {
            if (matcher.start() != at && !(path.charAt(at) == '.' && matcher.start() == at + 1)) {
                return List.of();
            }
            segments.add(matcher.group(1) != null ? matcher.group(1) : Integer.valueOf(matcher.group(2)));
            at = matcher.end();
        }
        return at == path.length() ? segments : List.of();
    }

    /** Objects are maps by name, lists maps by row number (sorted); a field that clashes with another is dropped. */
    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> root, List<Object> segments, Leaf leaf) {
        Object node = root;
        for (int i = 0; i < segments.size(); i++) {
            Object segment = segments.get(i);
            boolean last = i == segments.size() - 1;
            Object next = last ? leaf : (segments.get(i + 1) instanceof Integer ? new TreeMap<Integer, Object>() : new LinkedHashMap<String, Object>());
            if (segment instanceof String && node instanceof LinkedHashMap) {
                Map<String, Object> object = (Map<String, Object>) node;
                Object existing = object.get(segment);
                if (existing == null) {
                    object.put((String) segment, next);
                    existing = next;
                }
                node = existing;
            } else if (segment instanceof Integer && node instanceof TreeMap) {
                Map<Integer, Object> list = (Map<Integer, Object>) node;
                Object existing = list.get(segment);
                if (existing == null) {
                    list.put((Integer) segment, next);
                    existing = next;
                }
                node = existing;
            } else {
                return;
            }
            if (!last && node instanceof Leaf) {
                return;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static JsonNode toJson(Object node, String formPath, java.util.Set<String> removed) {
        if (node instanceof Leaf) {
            return ((Leaf) node).value;
        }
        if (node instanceof TreeMap) {
            ArrayNode list = JSON.createArrayNode();
            for (Map.Entry<Integer, Object> row : ((Map<Integer, Object>) node).entrySet()) {
                String rowFormPath = formPath + "[" + row.getKey() + "]";
                // a value in a list of values ("08:00" of an interval) stays, so a blank one is named, not shifted
                boolean container = !(row.getValue() instanceof Leaf);
                if (removed.contains(rowFormPath) || container && !fills(row.getValue())) {
                    continue;
                }
                list.add(toJson(row.getValue(), rowFormPath, removed));
            }
            return list;
        }
        ObjectNode object = JSON.createObjectNode();
        for (Map.Entry<String, Object> field : ((Map<String, Object>) node).entrySet()) {
            String separator = formPath.isEmpty() ? "" : ".";
            object.set(field.getKey(), toJson(field.getValue(), formPath + separator + field.getKey(), removed));
        }
        return object;
    }

    /** Whether a row has anything typed in it: a row of only choices and tick boxes is the spare one. */
    @SuppressWarnings("unchecked")
    private static boolean fills(Object node) {
        if (node instanceof Leaf) {
            return ((Leaf) node).fills;
        }
        java.util.Collection<Object> children = node instanceof TreeMap ? ((Map<Integer, Object>) node).values()
                : ((Map<String, Object>) node).values();
        return children.stream().anyMatch(DefinitionForm::fills);
    }
}
