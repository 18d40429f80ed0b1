package nl.mijnaansluiting.servicedesk.request;

import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.audit.AuditEvent;
import nl.mijnaansluiting.servicedesk.audit.AuditLog;
import nl.mijnaansluiting.servicedesk.error.ProblemException;
import nl.mijnaansluiting.servicedesk.priority.PrioritySchemes;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The template catalogue as admins keep it: the shipped default with, on top, what admins saved
 * (a changed default replaces it in place; a new template comes after the defaults). Read from the
 * store each time, so every node of a cluster offers the same templates.
 */
public class Templates {

    public static final String AUDIT_SUBJECT = "template";

    private final TemplateCatalogue defaults;
    private final TemplateStore store;
    private final AuditLog auditLog;
    private final PrioritySchemes priorities;
    private final Clock clock;

    public Templates(TemplateCatalogue defaults, TemplateStore store, AuditLog auditLog, PrioritySchemes priorities,
                     Clock clock) {
        this.defaults = defaults;
        this.priorities = priorities;
        this.store = store;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public TemplateCatalogue catalogue() {
        Map<String, RequestTemplate> byKey = new LinkedHashMap<>();
        defaults.all().forEach(t -> byKey.put(t.key(), t));
        store.all().forEach((key, json) -> byKey.put(key, TemplateDefinitions.read(json)));
        return new TemplateCatalogue(new ArrayList<>(byKey.values()));
    }

    /** Saves an admin's definition for {@code key}; refused whole, with every wrong place named, if invalid. */
    public RequestTemplate save(Caller admin, String key, com.fasterxml.jackson.databind.JsonNode definition) {
        requireAdmin(admin);
        Optional<RequestTemplate> before = catalogue().find(key);
        if (definition != null && definition.isObject() && !definition.has("keyUsersOnly") && before.isPresent()) {
            // A definition that does not mention the key-user rule keeps it: leaving it out never opens a
            // key-users-only template to everyone (issue 17, point 6).
            definition = ((com.fasterxml.jackson.databind.node.ObjectNode) definition.deepCopy())
                    .put("keyUsersOnly", before.get().keyUsersOnly());
        }
        RequestTemplate template = TemplateDefinitions.read(definition);
        if (!template.key().equals(key)) {
            throw ProblemException.badInput("key", "ma.templates.error.key-mismatch", template.key(), key);
        }
        if (template.priorityScheme().isPresent()) {
            String scheme = template.priorityScheme().get();
            String product = template.product().orElse("");
            if (priorities.find(scheme).product(product).isEmpty()) {
                throw ProblemException.badInput("priorityScheme", "ma.templates.error.priority-product", scheme, product);
            }
        }
        boolean existed = before.isPresent();
        store.save(key, TemplateDefinitions.write(template), admin.username(), clock.instant());
        auditLog.record(new AuditEvent(clock.instant(), admin.username(), AUDIT_SUBJECT, key,
                existed ? "template.changed" : "template.added", template.name().dutch()));
        if (existed && before.get().keyUsersOnly() && !template.keyUsersOnly()) {
            auditLog.record(new AuditEvent(clock.instant(), admin.username(), AUDIT_SUBJECT, key,
                    "template.key-users-only-off", template.name().dutch() + ": open to every member of the deelnemer"));
        }
        return template;
    }

    /** Removes what admins saved: a default returns to its shipped form, an added template goes. */
    public void reset(Caller admin, String key) {
        requireAdmin(admin);
        if (!store.delete(key)) {
            throw ProblemException.notFound("ma.templates.error.not-changed", key);
        }
        auditLog.record(new AuditEvent(clock.instant(), admin.username(), AUDIT_SUBJECT, key,
                defaults.find(key).isPresent() ? "template.reset" : "template.removed", key));
    }

    public List<RequestTemplate> shipped() {
        return defaults.all();
    }

    private static void requireAdmin(Caller caller) {
        if (caller == null || !caller.isAdmin()) {
            throw ProblemException.forbidden("ma.error.admin-only");
        }
    }
}
