package nl.mijnaansluiting.servicedesk.sla;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** The SLA goals of one priority scheme, with the priority levels they are keyed by. */
public final class SlaScheme {

    private final String key;
    private final List<String> levels;
    private final List<Goal> goals;

    public SlaScheme(String key, List<String> levels, List<Goal> goals) {
        this.key = Objects.requireNonNull(key, "key");
        this.levels = List.copyOf(levels);
        this.goals = List.copyOf(goals);
    }

    public String key() {
        return key;
    }

    public List<String> levels() {
        return levels;
    }

    public List<Goal> goals() {
        return goals;
    }

    public List<Goal> goalsFor(String level) {
        return goals.stream().filter(g -> g.appliesTo(level)).collect(Collectors.toList());
    }
}
