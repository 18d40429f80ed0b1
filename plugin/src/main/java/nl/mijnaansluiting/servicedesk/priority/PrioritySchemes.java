package nl.mijnaansluiting.servicedesk.priority;

import com.fasterxml.jackson.databind.JsonNode;
import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.audit.AuditEvent;
import nl.mijnaansluiting.servicedesk.audit.AuditLog;
import nl.mijnaansluiting.servicedesk.error.FieldError;
import nl.mijnaansluiting.servicedesk.error.Problem;
import nl.mijnaansluiting.servicedesk.error.ProblemException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The priority schemes in force: for each key the newest saved version, or the shipped preset while no
 * admin saved one (version 0). Saving adds a version, all or nothing, after the whole definition was
 * checked; older versions stay readable. Each version is compiled once and kept, so evaluating costs
 * one cheap look at the newest version numbers (every node of a cluster sees a save at once).
 */
public class PrioritySchemes {

    public static final String AUDIT_SUBJECT = "priority-scheme";
    public static final String SHIPPED_BY = "preset";

    /** A scheme as it is now, with the version it came from (0: the shipped preset). */
    public static final class Current {
        private final PriorityScheme scheme;
        private final int version;

        Current(PriorityScheme scheme, int version) {
            this.scheme = scheme;
            this.version = version;
        }

        public PriorityScheme scheme() {
            return scheme;
        }

        public int version() {
            return version;
        }
    }

    /** A definition that passed every check, with the warnings its admin should read. */
    public static final class Checked {
        private final PriorityScheme scheme;
        private final List<FieldError> warnings;

        Checked(PriorityScheme scheme, List<FieldError> warnings) {
            this.scheme = scheme;
            this.warnings = List.copyOf(warnings);
        }

        public PriorityScheme scheme() {
            return scheme;
        }

        public List<FieldError> warnings() {
            return warnings;
        }
    }

    private final Map<String, PriorityScheme> presets;
    private final PrioritySchemeStore store;
    private final AuditLog auditLog;
    private final Clock clock;
    private final ConcurrentMap<String, PriorityScheme> compiled = new ConcurrentHashMap<>();

    public PrioritySchemes(PrioritySchemeStore store, AuditLog auditLog, Clock clock) {
        this(PriorityPresets.schemes(), Objects.requireNonNull(store), auditLog, clock);
    }

    private PrioritySchemes(Map<String, PriorityScheme> presets, PrioritySchemeStore store, AuditLog auditLog, Clock clock) {
        this.presets = presets;
        this.store = store;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Only the shipped presets, read-only: for benchmarks and tests of what builds on schemes. */
    public static PrioritySchemes presets() {
        return new PrioritySchemes(PriorityPresets.schemes(), null, null, null);
    }

    /** The presets first, in the seeds' order, then the schemes admins added, by key. */
    public List<Current> all() {
        Map<String, Integer> latest = latestVersions();
        List<Current> all = new ArrayList<>();
        presets.keySet().forEach(key -> all.add(current(key, latest)));
        new TreeSet<>(latest.keySet()).stream().filter(key -> !presets.containsKey(key))
                .forEach(key -> all.add(current(key, latest)));
        return all;
    }

    public PriorityScheme find(String key) {
        return current(key).scheme();
    }

    public Current current(String key) {
        return current(key, latestVersions());
    }

    private Current current(String key, Map<String, Integer> latest) {
        Integer version = key == null ? null : latest.get(key);
        if (version == null) {
            PriorityScheme preset = key == null ? null : presets.get(key);
            if (preset == null) {
                throw ProblemException.notFound("ma.priority.error.unknown-scheme", key);
            }
            return new Current(preset, 0);
        }
        return new Current(compiled(key, version), version);
    }

    private PriorityScheme compiled(String key, int version) {
        return compiled.computeIfAbsent(key + "@" + version, k -> SchemeDefinitions.read(
                store.version(key, version).orElseThrow(() -> new IllegalStateException("lost version " + k)).definition()));
    }

    private Map<String, Integer> latestVersions() {
        return store == null ? Map.of() : store.latestVersions();
    }

    /** Checks a definition without saving it: refused whole with every wrong place named, or its warnings. */
    public Checked check(JsonNode definition) {
        PriorityScheme scheme = SchemeDefinitions.read(definition);
        return new Checked(scheme, SchemeAnalysis.warnings(scheme));
    }

    /**
     * Saves an admin's definition as the next version of {@code key}. {@code basedOn}, when given, is the
     * version the admin edited; if someone saved since, nothing is saved (409).
     */
    public Current save(Caller admin, String key, JsonNode definition, Integer basedOn, String comment) {
        requireAdmin(admin);
        Checked checked = check(definition);
        if (!checked.scheme().key().equals(key)) {
            throw ProblemException.badInput("key", "ma.priority.error.key-mismatch", checked.scheme().key(), key);
        }
        return store(admin, checked.scheme(), basedOn, comment, "priority-scheme.changed");
    }

    /** Saves the shipped preset again as the newest version (undoes admins' changes, keeps the history). */
    public Current reinstallPreset(Caller admin, String key) {
        requireAdmin(admin);
        PriorityScheme preset = presets.get(key);
        if (preset == null) {
            throw ProblemException.notFound("ma.priority.error.no-preset", key);
        }
        return store(admin, preset, null, null, "priority-scheme.preset-installed");
    }

    private Current store(Caller admin, PriorityScheme scheme, Integer basedOn, String comment, String action) {
        requireWritable();
        String key = scheme.key();
        int latest = latestVersions().getOrDefault(key, 0);
        if (basedOn != null && basedOn != latest) {
            throw new ProblemException(Problem.CONFLICT, "basedOn", "ma.priority.error.stale", basedOn, latest);
        }
        String note = comment == null ? "" : comment.strip();
        if (note.length() > 1000) {
            throw ProblemException.badInput("comment", "ma.form.error.too-long", 1000);
        }
        int next = latest + 1;
        String json = SchemeDefinitions.write(scheme);
        if (!store.add(new PrioritySchemeStore.Version(key, next, json, admin.username(), clock.instant(), note))) {
            throw new ProblemException(Problem.CONFLICT, "basedOn", "ma.priority.error.stale", latest, next);
        }
        compiled.put(key + "@" + next, scheme);
        auditLog.record(new AuditEvent(clock.instant(), admin.username(), AUDIT_SUBJECT, key, action,
                "v" + next + (note.isEmpty() ? "" : ": " + note)));
        return new Current(scheme, next);
    }

    /** Every saved version, newest first; empty for a preset nobody saved yet. */
    public List<PrioritySchemeStore.Version> history(String key) {
        current(key);
        return store == null ? List.of() : store.history(key);
    }

    /** The definition of one version; version 0 is the shipped preset. */
    public PriorityScheme version(String key, int version) {
        if (version == 0 && presets.containsKey(key)) {
            return presets.get(key);
        }
        current(key);
        if (store == null || store.version(key, version).isEmpty()) {
            throw ProblemException.notFound("ma.priority.error.unknown-version", version, key);
        }
        return compiled(key, version);
    }

    public boolean hasPreset(String key) {
        return presets.containsKey(key);
    }

    private void requireWritable() {
        if (store == null) {
            throw new IllegalStateException("presets only: nothing can be saved");
        }
    }

    private static void requireAdmin(Caller caller) {
        if (caller == null || !caller.isAdmin()) {
            throw ProblemException.forbidden("ma.error.admin-only");
        }
    }
}
