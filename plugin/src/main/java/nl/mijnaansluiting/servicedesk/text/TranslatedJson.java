package nl.mijnaansluiting.servicedesk.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.mijnaansluiting.servicedesk.error.FieldError;

import java.util.List;

/** {@link Translated} texts in the definitions admins edit as JSON: {"nl":"...","en":"..."}. */
public final class TranslatedJson {

    private TranslatedJson() {
    }

    public static ObjectNode write(Translated text) {
        return JsonNodeFactory.instance.objectNode().put("nl", text.dutch()).put("en", text.english());
    }

    /**
     * Reads {"nl":..,"en":..} at {@code path}: Dutch required where {@code required}, English falls back
     * to Dutch, neither longer than {@code max}. Null (with an error added where one applies) otherwise.
     */
    public static Translated read(JsonNode json, String path, int max, boolean required, List<FieldError> errors) {
        if (json != null && !json.isNull() && !json.isObject()) {
            // "description":42 blanked the description: a text in two languages is an object (issue 17).
            errors.add(new FieldError(path, "ma.error.not-translated", path));
            return null;
        }
        for (String language : new String[] {"nl", "en"}) {
            JsonNode member = json == null ? null : json.get(language);
            if (member != null && !member.isNull() && !member.isTextual()) {
                errors.add(new FieldError(path + "." + language, "ma.error.not-text", path + "." + language));
                return null;
            }
        }
        String dutch = json == null ? "" : text(json, "nl");
        String english = json == null ? "" : text(json, "en");
        if (dutch.isEmpty()) {
            if (required) {
                errors.add(new FieldError(path + ".nl", "ma.form.error.required"));
            }
            return null;
        }
        if (dutch.length() > max || english.length() > max) {
            errors.add(new FieldError(path, "ma.form.error.too-long", max));
            return null;
        }
        return Translated.of(dutch, english);
    }

    /**
     * The trimmed text of a string member; "" when absent, null or not a JSON string (a number or true is no key or
     * name: issue 17), so the reader's own check names the member.
     */
    public static String text(JsonNode json, String name) {
        JsonNode value = json == null ? null : json.get(name);
        return value == null || !value.isTextual() ? "" : value.asText().trim();
    }

    /**
     * Where malformed JSON went wrong, as "line 3, column 8" numbers only ("3:8"): Jackson's own message is English
     * and names Java types, so it is never shown (issue 17).
     */
    public static String where(com.fasterxml.jackson.core.JsonProcessingException e) {
        return e.getLocation() == null ? "?" : e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
    }
}
