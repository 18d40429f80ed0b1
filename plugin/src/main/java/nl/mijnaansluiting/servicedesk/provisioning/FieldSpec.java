package nl.mijnaansluiting.servicedesk.provisioning;

import java.util.List;

/**
 * A custom field the templates need: named by its Dutch label (what agents see); one field serves
 * every template that asks the same question, a select list offering the answers of all of them.
 */
public record FieldSpec(String name, String description, CustomFieldKind kind, List<String> options) {
    public FieldSpec {
        options = List.copyOf(options);
    }
}
