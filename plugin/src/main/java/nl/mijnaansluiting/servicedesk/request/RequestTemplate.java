package nl.mijnaansluiting.servicedesk.request;

import nl.mijnaansluiting.servicedesk.text.Translated;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A form in the customer portal: "Storing melden" for one product, or a service request. */
public final class RequestTemplate {

    /** The two groups of the Mijn Aansluiting portal. */
    public enum Group { INCIDENT, SERVICE_REQUEST }

    private final String key;
    private final Group group;
    private final String product;
    private final Translated name;
    private final Translated description;
    private final boolean keyUsersOnly;
    private final List<TemplateField> fields;
    private final String priorityScheme;

    public RequestTemplate(String key, Group group, String product, Translated name, Translated description,
                           boolean keyUsersOnly, List<TemplateField> fields) {
        this(key, group, product, name, description, keyUsersOnly, fields, null);
    }

    /**
     * @param priorityScheme the priority scheme whose questions for {@code product} the form also asks and
     *                       from whose answers the request's priority follows; null for none
     */
    public RequestTemplate(String key, Group group, String product, Translated name, Translated description,
                           boolean keyUsersOnly, List<TemplateField> fields, String priorityScheme) {
        this.key = Objects.requireNonNull(key, "key");
        this.group = Objects.requireNonNull(group, "group");
        this.product = product;
        this.name = Objects.requireNonNull(name, "name");
        this.description = Objects.requireNonNull(description, "description");
        this.keyUsersOnly = keyUsersOnly;
        this.fields = List.copyOf(fields);
        this.priorityScheme = priorityScheme;
        if (priorityScheme != null && product == null) {
            throw new IllegalArgumentException("a template with a priority scheme names its product");
        }
    }

    /** The priority scheme whose answers set this request's priority, if any. */
    public Optional<String> priorityScheme() {
        return Optional.ofNullable(priorityScheme);
    }

    /** The product of security incidents and data breaches (seed 000). */
    public static final String SECURITY_INCIDENT = "Beveiligingsincident";

    /** Which SLA goals meant for one kind of request apply: "datalek" (the AP report) or "incident". */
    public String slaKind() {
        return SECURITY_INCIDENT.equals(product) ? "datalek" : "incident";
    }

    /** The same template with more fields (the priority questions) after its own. */
    public RequestTemplate withExtraFields(List<TemplateField> extra) {
        List<TemplateField> all = new java.util.ArrayList<>(fields);
        all.addAll(extra);
        return new RequestTemplate(key, group, product, name, description, keyUsersOnly, all, priorityScheme);
    }

    public String key() {
        return key;
    }

    public Group group() {
        return group;
    }

    /** The product an incident is about (LIP, DSP, CAPO, Rapportages, Beveiligingsincident), or empty. */
    public Optional<String> product() {
        return Optional.ofNullable(product);
    }

    public Translated name() {
        return name;
    }

    public Translated description() {
        return description;
    }

    /** Only key-users of the deelnemer may submit it (DSP "Opdrachten annuleren"). */
    public boolean keyUsersOnly() {
        return keyUsersOnly;
    }

    public List<TemplateField> fields() {
        return fields;
    }

    public Optional<TemplateField> field(String fieldKey) {
        return fields.stream().filter(f -> f.key().equals(fieldKey)).findFirst();
    }
}
