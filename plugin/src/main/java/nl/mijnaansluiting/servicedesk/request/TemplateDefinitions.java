package nl.mijnaansluiting.servicedesk.request;

import nl.mijnaansluiting.servicedesk.text.Translated;
import nl.mijnaansluiting.servicedesk.text.TranslatedJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.mijnaansluiting.servicedesk.error.FieldError;
import nl.mijnaansluiting.servicedesk.error.ProblemException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Request templates as JSON, the form admins edit and the store keeps:
 * <pre>{"key":"wijzigingsverzoek","group":"SERVICE_REQUEST","product":null,
 *  "name":{"nl":"...","en":"..."},"description":{"nl":"...","en":"..."},"keyUsersOnly":false,
 *  "fields":[{"key":"onderwerp","type":"TEXT","required":true,"label":{"nl":"...","en":"..."},
 *             "help":{"nl":"...","en":"..."},"notInPast":false,"options":[{"key":"...","label":{...}}]}]}</pre>
 * Reading checks everything at once and names each wrong place ("fields[2].options").
 */
public final class TemplateDefinitions {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");
    private static final int NAME_MAX = 255;
    private static final int DESCRIPTION_MAX = 4000;

    private TemplateDefinitions() {
    }

    public static String write(RequestTemplate template) {
        return toJson(template).toString();
    }

    public static ObjectNode toJson(RequestTemplate template) {
        ObjectNode json = JSON.createObjectNode();
        json.put("key", template.key());
        json.put("group", template.group().name());
        json.put("product", template.product().orElse(null));
        json.set("name", translated(template.name()));
        json.set("description", translated(template.description()));
        json.put("keyUsersOnly", template.keyUsersOnly());
        json.put("priorityScheme", template.priorityScheme().orElse(null));
        ArrayNode fields = json.putArray("fields");
        for (TemplateField field : template.fields()) {
            ObjectNode f = fields.addObject();
            f.put("key", field.key());
            f.put("type", field.type().name());
            f.put("required", field.required());
            f.set("label", translated(field.label()));
            field.help().ifPresent(help -> f.set("help", translated(help)));
            f.put("notInPast", field.notInPast());
            if (!field.options().isEmpty()) {
                ArrayNode options = f.putArray("options");
                for (TemplateField.Option option : field.options()) {
                    options.addObject().put("key", option.key()).set("label", translated(option.label()));
                }
            }
        }
        return json;
    }

    private static ObjectNode translated(Translated text) {
        return TranslatedJson.write(text);
    }

    /** Reads stored JSON text (written by this class). */
    public static RequestTemplate read(String json) {
        try {
            return read(JSON.readTree(json));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw nl.mijnaansluiting.servicedesk.error.NotJson.problem("definition", e);
        }
    }

    /** Reads a definition an admin sent, or refuses it naming every wrong place. */
    public static RequestTemplate read(JsonNode json) {
        List<FieldError> errors = new ArrayList<>();
        if (json == null || !json.isObject()) {
            throw ProblemException.badInput("definition", "ma.templates.error.object");
        }
        String key = text(json, "key");
        if (!KEY.matcher(key).matches()) {
            errors.add(new FieldError("key", "ma.templates.error.key", key));
        }
        RequestTemplate.Group group = null;
        try {
            group = RequestTemplate.Group.valueOf(text(json, "group"));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("group", "ma.templates.error.group", text(json, "group")));
        }
        String product = text(json, "product");
        if (product.length() > 60) {
            errors.add(new FieldError("product", "ma.form.error.too-long", 60));
        }
        Translated name = translated(json.get("name"), "name", NAME_MAX, true, errors);
        Translated description = translated(json.get("description"), "description", DESCRIPTION_MAX, false, errors);
        List<TemplateField> fields = fields(json.get("fields"), errors);
        String priorityScheme = text(json, "priorityScheme");
        if (!priorityScheme.isEmpty() && product.isEmpty()) {
            errors.add(new FieldError("product", "ma.templates.error.product-for-priority"));
        }
        boolean keyUsersOnly = bool(json, "keyUsersOnly", "keyUsersOnly", errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalidForm(errors);
        }
        return new RequestTemplate(key, group, product.isEmpty() ? null : product, name,
                description == null ? Translated.of("", "") : description, keyUsersOnly, fields,
                priorityScheme.isEmpty() ? null : priorityScheme);
    }

    private static List<TemplateField> fields(JsonNode json, List<FieldError> errors) {
        List<TemplateField> fields = new ArrayList<>();
        if (json == null || !json.isArray() || json.isEmpty()) {
            errors.add(new FieldError("fields", "ma.templates.error.fields"));
            return fields;
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < json.size(); i++) {
            JsonNode f = json.get(i);
            String path = "fields[" + i + "]";
            String key = text(f, "key");
            if (!KEY.matcher(key).matches()) {
                errors.add(new FieldError(path + ".key", "ma.templates.error.key", key));
            } else if (!keys.add(key)) {
                errors.add(new FieldError(path + ".key", "ma.templates.error.duplicate", key));
            }
            TemplateField.Type type = null;
            try {
                type = TemplateField.Type.valueOf(text(f, "type"));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(path + ".type", "ma.templates.error.type", text(f, "type")));
            }
            Translated label = translated(f.get("label"), path + ".label", NAME_MAX, true, errors);
            Translated help = translated(f.get("help"), path + ".help", DESCRIPTION_MAX, false, errors);
            boolean required = bool(f, "required", path + ".required", errors);
            boolean notInPast = bool(f, "notInPast", path + ".notInPast", errors);
            if (notInPast && type != TemplateField.Type.DATE) {
                errors.add(new FieldError(path + ".notInPast", "ma.templates.error.not-in-past"));
            }
            List<TemplateField.Option> options = options(f.get("options"), path, errors);
            if (type == TemplateField.Type.CHOICE && options.isEmpty()) {
                errors.add(new FieldError(path + ".options", "ma.templates.error.options"));
            }
            if (type == null || label == null || !errors.isEmpty()) {
                continue;
            }
            switch (type) {
                case TEXT: fields.add(TemplateField.text(key, label, help, required)); break;
                case TEXTAREA: fields.add(TemplateField.textarea(key, label, help, required)); break;
                case NUMBER: fields.add(TemplateField.number(key, label, help, required)); break;
                case DATE: fields.add(TemplateField.date(key, label, help, required, notInPast)); break;
                case DATETIME: fields.add(TemplateField.dateTime(key, label, help, required)); break;
                case CHOICE: fields.add(TemplateField.choice(key, label, help, required, options)); break;
                case ATTACHMENT: fields.add(TemplateField.attachment(key, label, help, required)); break;
                default: throw new IllegalStateException("unhandled field type " + type);
            }
        }
        return fields;
    }

    private static List<TemplateField.Option> options(JsonNode json, String path, List<FieldError> errors) {
        List<TemplateField.Option> options = new ArrayList<>();
        if (json == null || json.isNull()) {
            return options;
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < json.size(); i++) {
            String optionPath = path + ".options[" + i + "]";
            String key = text(json.get(i), "key");
            if (!KEY.matcher(key).matches()) {
                errors.add(new FieldError(optionPath + ".key", "ma.templates.error.key", key));
            } else if (!keys.add(key)) {
                errors.add(new FieldError(optionPath + ".key", "ma.templates.error.duplicate", key));
            }
            Translated label = translated(json.get(i).get("label"), optionPath + ".label", NAME_MAX, true, errors);
            if (label != null) {
                options.add(new TemplateField.Option(key, label));
            }
        }
        return options;
    }

    private static Translated translated(JsonNode json, String path, int max, boolean required, List<FieldError> errors) {
        return TranslatedJson.read(json, path, max, required, errors);
    }

    /** true or false, absent is false; "yes" or 1 is refused, not guessed (issue 17). */
    private static boolean bool(JsonNode json, String name, String path, List<FieldError> errors) {
        JsonNode value = json == null ? null : json.get(name);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            errors.add(new FieldError(path, "ma.error.not-boolean", path));
            return false;
        }
        return value.booleanValue();
    }

    private static String text(JsonNode json, String name) {
        return TranslatedJson.text(json, name);
    }
}
