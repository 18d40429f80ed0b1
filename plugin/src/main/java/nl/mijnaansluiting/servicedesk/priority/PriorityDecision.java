package nl.mijnaansluiting.servicedesk.priority;

import nl.mijnaansluiting.servicedesk.text.Translated;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The priority of one request: the level derived from the deelnemer's answers (with the scheme version,
 * the rule and the explanation), and an agent's hand-set level when there is one. The hand-set level
 * wins and is kept when the answers are evaluated again; where the two differ, that is the
 * "Prioriteitongelijkheid" an agent can escalate on.
 */
public final class PriorityDecision {

    /** An agent's hand-set level: who, when and why. */
    public static final class Override {
        private final String level;
        private final String by;
        private final Instant at;
        private final String reason;

        public Override(String level, String by, Instant at, String reason) {
            this.level = Objects.requireNonNull(level);
            this.by = Objects.requireNonNull(by);
            this.at = Objects.requireNonNull(at);
            this.reason = reason == null ? "" : reason;
        }

        public String level() {
            return level;
        }

        public String by() {
            return by;
        }

        public Instant at() {
            return at;
        }

        public String reason() {
            return reason;
        }
    }

    private final String requestKey;
    private final String schemeKey;
    private final int schemeVersion;
    private final String product;
    private final String derivedLevel;
    private final String rule;
    private final Translated explanation;
    private final boolean slaApplies;
    private final Instant derivedAt;
    private final Override override;

    public PriorityDecision(String requestKey, String schemeKey, int schemeVersion, String product, String derivedLevel,
                            String rule, Translated explanation, boolean slaApplies, Instant derivedAt, Override override) {
        this.requestKey = Objects.requireNonNull(requestKey);
        this.schemeKey = Objects.requireNonNull(schemeKey);
        this.schemeVersion = schemeVersion;
        this.product = Objects.requireNonNull(product);
        this.derivedLevel = Objects.requireNonNull(derivedLevel);
        this.rule = Objects.requireNonNull(rule);
        this.explanation = Objects.requireNonNull(explanation);
        this.slaApplies = slaApplies;
        this.derivedAt = Objects.requireNonNull(derivedAt);
        this.override = override;
    }

    PriorityDecision withOverride(Override newOverride) {
        return new PriorityDecision(requestKey, schemeKey, schemeVersion, product, derivedLevel, rule, explanation,
                slaApplies, derivedAt, newOverride);
    }

    /** The level in force: the hand-set one if any, else the derived one. */
    public String level() {
        return override == null ? derivedLevel : override.level();
    }

    /** "Prioriteitongelijkheid": an agent set another level than the answers give. */
    public boolean mismatch() {
        return override != null && !override.level().equals(derivedLevel);
    }

    public String requestKey() {
        return requestKey;
    }

    public String schemeKey() {
        return schemeKey;
    }

    public int schemeVersion() {
        return schemeVersion;
    }

    public String product() {
        return product;
    }

    public String derivedLevel() {
        return derivedLevel;
    }

    public String rule() {
        return rule;
    }

    public Translated explanation() {
        return explanation;
    }

    public boolean slaApplies() {
        return slaApplies;
    }

    public Instant derivedAt() {
        return derivedAt;
    }

    public Optional<Override> override() {
        return Optional.ofNullable(override);
    }
}
