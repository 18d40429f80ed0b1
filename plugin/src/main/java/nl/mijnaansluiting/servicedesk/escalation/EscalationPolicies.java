package nl.mijnaansluiting.servicedesk.escalation;

import com.fasterxml.jackson.databind.JsonNode;
import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.audit.AuditEvent;
import nl.mijnaansluiting.servicedesk.audit.AuditLog;
import nl.mijnaansluiting.servicedesk.error.ProblemException;
import nl.mijnaansluiting.servicedesk.sla.SlaSettingsStore;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The escalation policies in force: the presets with, on top, what admins saved (JSON per scheme, in the
 * same store as calendars and goals). A saved policy is checked whole, groups included, and nothing
 * changes when it is wrong. Read once per stored state, so the sweep does not parse JSON per clock.
 */
public class EscalationPolicies {

    public static final String KIND = "escalation";
    public static final String AUDIT_SUBJECT = "escalation";

    private final Map<String, EscalationPolicy> presets;
    private final SlaSettingsStore store;
    private final StaffDirectory staff;
    private final AuditLog auditLog;
    private final Clock clock;
    private volatile String cachedStamp;
    private volatile Map<String, EscalationPolicy> cached;

    public EscalationPolicies(SlaSettingsStore store, StaffDirectory staff, AuditLog auditLog, Clock clock) {
        this.presets = EscalationPresets.policies();
        this.store = store;
        this.staff = staff;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Only the presets, read-only: for benchmarks and tests. */
    public static EscalationPolicies presets() {
        return new EscalationPolicies(null, null, null, null);
    }

    public Map<String, EscalationPolicy> all() {
        if (store == null) {
            return presets;
        }
        String stamp = store.stamp();
        Map<String, EscalationPolicy> policies = cached;
        if (policies != null && stamp.equals(cachedStamp)) {
            return policies;
        }
        policies = new LinkedHashMap<>(presets);
        // Groups were checked when saved; one removed since must not stop the sweep.
        for (Map.Entry<String, String> saved : store.all(KIND).entrySet()) {
            policies.put(saved.getKey(), EscalationDefinitions.read(nl.mijnaansluiting.servicedesk.sla.SlaDefinitions.parse(saved.getValue()), g -> true));
        }
        policies = Map.copyOf(policies);
        cached = policies;
        cachedStamp = stamp;
        return policies;
    }

    public Optional<EscalationPolicy> of(String schemeKey) {
        return Optional.ofNullable(schemeKey == null ? null : all().get(schemeKey));
    }

    public boolean isChanged(String schemeKey) {
        return store != null && store.all(KIND).containsKey(schemeKey);
    }

    /** Checks a policy as saving would, and saves nothing (the editor's "check"). */
    public EscalationPolicy check(String key, JsonNode definition) {
        EscalationPolicy policy = EscalationDefinitions.read(definition, staff::groupExists);
        if (!Objects.equals(policy.schemeKey(), key)) {
            throw ProblemException.badInput("scheme", "ma.priority.error.key-mismatch", policy.schemeKey(), key);
        }
        return policy;
    }

    public EscalationPolicy save(Caller admin, String key, JsonNode definition) {
        requireAdmin(admin);
        EscalationPolicy policy = check(key, definition);
        store.save(KIND, key, EscalationDefinitions.toJson(policy).toString(), admin.username(), clock.instant());
        auditLog.record(new AuditEvent(clock.instant(), admin.username(), AUDIT_SUBJECT, key, "escalation.policy.changed", key));
        return policy;
    }

    /** Back to the shipped preset (or gone, for a scheme an admin added). */
    public void reset(Caller admin, String key) {
        requireAdmin(admin);
        if (!store.delete(KIND, key)) {
            throw ProblemException.notFound("ma.sla.error.not-changed", key);
        }
        auditLog.record(new AuditEvent(clock.instant(), admin.username(), AUDIT_SUBJECT, key, "escalation.policy.reset", key));
    }

    private void requireAdmin(Caller caller) {
        if (caller == null || !caller.isAdmin()) {
            throw ProblemException.forbidden("ma.error.admin-only");
        }
        if (store == null) {
            throw new IllegalStateException("presets only: nothing can be saved");
        }
    }
}
