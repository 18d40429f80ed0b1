package nl.mijnaansluiting.servicedesk.escalation;

import nl.mijnaansluiting.servicedesk.text.Translated;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How a scheme escalates: its level names (default Servicedesk, Servicemanager, Eindverantwoordelijke),
 * the reasons an agent may give on "Escaleren" (default the five of seed 004), and the steps a sweep
 * fires as goals near or pass their target.
 */
public final class EscalationPolicy {

    /** A reason for a manual escalation, with what it means. */
    public static final class Reason {
        private final String key;
        private final Translated name;
        private final Translated meaning;

        public Reason(String key, Translated name, Translated meaning) {
            this.key = Objects.requireNonNull(key);
            this.name = Objects.requireNonNull(name);
            this.meaning = Objects.requireNonNull(meaning);
        }

        public String key() {
            return key;
        }

        public Translated name() {
            return name;
        }

        public Translated meaning() {
            return meaning;
        }
    }

    private final String schemeKey;
    private final List<Translated> levels;
    private final List<Reason> reasons;
    private final List<EscalationStep> steps;
    private final String serviceManagers;
    private final String finalOwners;

    /**
     * @param serviceManagers the group that is "the service manager" of this scheme
     * @param finalOwners     the group that is "the final owner" (eindverantwoordelijke)
     */
    public EscalationPolicy(String schemeKey, List<Translated> levels, List<Reason> reasons, List<EscalationStep> steps,
                            String serviceManagers, String finalOwners) {
        this.serviceManagers = Objects.requireNonNull(serviceManagers);
        this.finalOwners = Objects.requireNonNull(finalOwners);
        this.schemeKey = Objects.requireNonNull(schemeKey);
        this.levels = List.copyOf(levels);
        this.reasons = List.copyOf(reasons);
        this.steps = List.copyOf(steps);
    }

    public String serviceManagers() {
        return serviceManagers;
    }

    public String finalOwners() {
        return finalOwners;
    }

    /** The group behind a role recipient; empty for ASSIGNEE and GROUP. */
    public Optional<String> groupOf(EscalationStep.Recipient role) {
        switch (role) {
            case SERVICE_MANAGER:
                return Optional.of(serviceManagers);
            case FINAL_OWNER:
                return Optional.of(finalOwners);
            default:
                return Optional.empty();
        }
    }

    public String schemeKey() {
        return schemeKey;
    }

    /** Level 0 is where every request starts (the service desk). */
    public List<Translated> levels() {
        return levels;
    }

    public List<Reason> reasons() {
        return reasons;
    }

    public Optional<Reason> reason(String key) {
        return reasons.stream().filter(r -> r.key().equals(key)).findFirst();
    }

    public List<EscalationStep> steps() {
        return steps;
    }

    /** The steps for a goal of this metric at this priority, lowest share first. */
    public List<EscalationStep> stepsFor(String metric, String priority) {
        return steps.stream().filter(s -> s.appliesTo(metric, priority))
                .sorted(Comparator.comparingInt(EscalationStep::sharePercent)).collect(Collectors.toList());
    }

    /** The name of a level, the highest for anything above it. */
    public Translated level(int level) {
        return levels.get(Math.max(0, Math.min(level, topLevel())));
    }

    /** The highest level; raising stops there. */
    public int topLevel() {
        return levels.size() - 1;
    }
}
