package nl.mijnaansluiting.servicedesk.provisioning;

import nl.mijnaansluiting.servicedesk.request.RequestTemplate;

import java.util.List;

/** A request type the catalogue needs in the project, with the fields its form shows (in order). */
public record RequestTypeSpec(String templateKey, String name, String description, String helpText,
                              RequestTemplate.Group group, boolean keyUsersOnly, List<FormField> fields) {

    public RequestTypeSpec {
        fields = List.copyOf(fields);
    }

    /**
     * One field on the request type's form: a system field ("summary", "description", "attachment") or
     * the custom field named {@code field}; {@code key} is the template's field (or question) key,
     * {@code label} the question the customer reads.
     */
    public record FormField(String key, String field, boolean system, String label, boolean required) {
    }
}
