package nl.mijnaansluiting.servicedesk.provisioning;

import nl.mijnaansluiting.servicedesk.request.RequestTemplate;
import nl.mijnaansluiting.servicedesk.request.TemplateField;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How the catalogue lands in JSM: a request type per template, and a custom field per distinct question
 * (Dutch label and kind; per product when the products answer it differently). The subject, the description and attachments are JSM's own system fields.
 */
public record TemplateLayout(List<FieldSpec> fields, List<RequestTypeSpec> requestTypes) {

    public static final String SUMMARY = "summary";
    public static final String DESCRIPTION = "description";
    public static final String ATTACHMENT = "attachment";

    public TemplateLayout {
        fields = List.copyOf(fields);
        requestTypes = List.copyOf(requestTypes);
    }

    /** @param templates the templates as the portal shows them (incident forms with their priority questions) */
    public static TemplateLayout of(List<RequestTemplate> templates) {
        Map<String, Set<List<String>>> answerLists = new HashMap<>();
        for (RequestTemplate template : templates) {
            template.fields().stream().filter(f -> systemField(f) == null).map(TemplateLayout::spec)
                    .forEach(spec -> answerLists.computeIfAbsent(identity(spec), k -> new HashSet<>()).add(spec.options()));
        }
        Map<String, FieldSpec> fields = new LinkedHashMap<>();
        List<RequestTypeSpec> requestTypes = new ArrayList<>();
        for (RequestTemplate template : templates) {
            List<RequestTypeSpec.FormField> form = new ArrayList<>();
            for (TemplateField field : template.fields()) {
                String system = systemField(field);
                if (system != null) {
                    form.add(new RequestTypeSpec.FormField(field.key(), system, true, field.label().dutch(), field.required()));
                    continue;
                }
                FieldSpec spec = spec(field);
                if (answerLists.get(identity(spec)).size() > 1) {
                    spec = qualified(spec, template);
                }
                fields.merge(identity(spec), spec, TemplateLayout::union);
                form.add(new RequestTypeSpec.FormField(field.key(), spec.name(), false, field.label().dutch(), field.required()));
            }
            requestTypes.add(new RequestTypeSpec(template.key(), template.name().dutch(), template.description().dutch(), "",
                    template.group(), template.keyUsersOnly(), form));
        }
        return new TemplateLayout(new ArrayList<>(fields.values()), requestTypes);
    }

    /** The system field a template field is, or null: the short subject, the description, the files. */
    static String systemField(TemplateField field) {
        if (field.type() == TemplateField.Type.ATTACHMENT) {
            return ATTACHMENT;
        }
        if ("onderwerp".equals(field.key()) && field.type() == TemplateField.Type.TEXT) {
            return SUMMARY;
        }
        if ("omschrijving".equals(field.key()) && field.type() == TemplateField.Type.TEXTAREA) {
            return DESCRIPTION;
        }
        return null;
    }

    static String identity(FieldSpec spec) {
        return spec.name().trim().toLowerCase(Locale.ROOT) + "|" + spec.kind();
    }

    private static FieldSpec spec(TemplateField field) {
        List<String> options = new ArrayList<>();
        field.options().forEach(o -> options.add(o.label().dutch()));
        return new FieldSpec(field.label().dutch(), field.help().map(h -> h.dutch()).orElse(""),
                CustomFieldKind.of(field.type()), options);
    }

    /**
     * The same question with other answers per product ("Welke beschrijving past het best?" for LIP, DSP, …)
     * is a field per product: one select list would offer a LIP incident the DSP answers too.
     */
    private static FieldSpec qualified(FieldSpec spec, RequestTemplate template) {
        return new FieldSpec(spec.name() + " (" + template.product().orElse(template.name().dutch()) + ")", spec.description(),
                spec.kind(), spec.options());
    }

    /** One field for two templates asking the same question: the first help text, all answers in order. */
    private static FieldSpec union(FieldSpec first, FieldSpec second) {
        List<String> options = new ArrayList<>(first.options());
        second.options().stream().filter(o -> !options.contains(o)).forEach(options::add);
        String description = first.description().isEmpty() ? second.description() : first.description();
        return new FieldSpec(first.name(), description, first.kind(), options);
    }
}
