package nl.mijnaansluiting.servicedesk.sandbox.request;

import nl.mijnaansluiting.servicedesk.text.Translated;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/** A request raised from a template: for whom, for which deelnemer, with which answers. */
public final class ServiceRequest {

    public static final String STATUS_OPEN = "open";
    public static final String STATUS_IN_PROGRESS = "in-progress";
    public static final String STATUS_WAITING = "waiting";
    public static final String STATUS_RESOLVED = "resolved";

    private final String key;
    private final String templateKey;
    private final String organisationKey;
    private final String reporter;
    private final String createdBy;
    private final String summary;
    private final String status;
    private final Map<String, String> answers;
    private final Instant createdAt;
    private final Priority priority;
    private final boolean shared;

    /** The priority a request got from its answers, why, and whether the SLA applies (only on Productie). */
    public static final class Priority {
        private final String level;
        private final Translated explanation;
        private final boolean slaApplies;

        public Priority(String level, Translated explanation, boolean slaApplies) {
            this.level = Objects.requireNonNull(level, "level");
            this.explanation = Objects.requireNonNull(explanation, "explanation");
            this.slaApplies = slaApplies;
        }

        public String level() {
            return level;
        }

        public Translated explanation() {
            return explanation;
        }

        public boolean slaApplies() {
            return slaApplies;
        }
    }

    public ServiceRequest(String key, String templateKey, String organisationKey, String reporter, String createdBy,
                          String summary, String status, Map<String, String> answers, Instant createdAt) {
        this(key, templateKey, organisationKey, reporter, createdBy, summary, status, answers, createdAt, null);
    }

    public ServiceRequest(String key, String templateKey, String organisationKey, String reporter, String createdBy,
                          String summary, String status, Map<String, String> answers, Instant createdAt, Priority priority) {
        this(key, templateKey, organisationKey, reporter, createdBy, summary, status, answers, createdAt, priority, false);
    }

    /** @param shared the reporter shared it with the colleagues of its organisation */
    public ServiceRequest(String key, String templateKey, String organisationKey, String reporter, String createdBy,
                          String summary, String status, Map<String, String> answers, Instant createdAt, Priority priority,
                          boolean shared) {
        this.shared = shared;
        this.key = Objects.requireNonNull(key, "key");
        this.templateKey = Objects.requireNonNull(templateKey, "templateKey");
        this.organisationKey = Objects.requireNonNull(organisationKey, "organisationKey");
        this.reporter = Objects.requireNonNull(reporter, "reporter");
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.summary = Objects.requireNonNull(summary, "summary");
        this.status = Objects.requireNonNull(status, "status");
        this.answers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(answers));
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.priority = priority;
    }

    /** The priority set from the answers, for requests whose template has a priority scheme. */
    public java.util.Optional<Priority> priority() {
        return java.util.Optional.ofNullable(priority);
    }

    /** Shared with the organisation: its members read it too, in "Verzoeken van mijn organisatie". */
    public boolean shared() {
        return shared;
    }

    public String key() {
        return key;
    }

    public String templateKey() {
        return templateKey;
    }

    public String organisationKey() {
        return organisationKey;
    }

    /** The customer the request is for. */
    public String reporter() {
        return reporter;
    }

    /** Who typed it in: the reporter, or an agent on their behalf. */
    public String createdBy() {
        return createdBy;
    }

    public String summary() {
        return summary;
    }

    public String status() {
        return status;
    }

    public Map<String, String> answers() {
        return answers;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
