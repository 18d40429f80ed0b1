package nl.mijnaansluiting.servicedesk.priority;

import nl.mijnaansluiting.servicedesk.error.ProblemException;

import java.util.List;
import java.util.Map;

/** The priority schemes the add-on knows, by key. For now: the presets of the seed systems. */
public class PrioritySchemes {

    private final Map<String, PriorityScheme> schemes;

    public PrioritySchemes(Map<String, PriorityScheme> schemes) {
        this.schemes = Map.copyOf(schemes);
    }

    public static PrioritySchemes presets() {
        return new PrioritySchemes(PriorityPresets.schemes());
    }

    public List<PriorityScheme> all() {
        return PriorityPresets.schemes().keySet().stream().filter(schemes::containsKey).map(schemes::get)
                .collect(java.util.stream.Collectors.toList());
    }

    public PriorityScheme find(String key) {
        PriorityScheme scheme = key == null ? null : schemes.get(key);
        if (scheme == null) {
            throw ProblemException.notFound("ma.priority.error.unknown-scheme", key);
        }
        return scheme;
    }
}
