package nl.mijnaansluiting.servicedesk.queue;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An {@link SlaQuery} made concrete at one moment, as a database can run it: "due within 1 working hour" has
 * become, per calendar, the moment that hour ends. Built by {@link SlaQueue#search}.
 */
public final class SlaSearch {

    private final SlaQuery query;
    private final Instant now;
    private final Map<String, Instant> dueBefore;

    SlaSearch(SlaQuery query, Instant now, Map<String, Instant> dueBefore) {
        this.query = Objects.requireNonNull(query);
        this.now = Objects.requireNonNull(now);
        this.dueBefore = Map.copyOf(dueBefore);
    }

    public SlaQuery query() {
        return query;
    }

    public Optional<SlaCondition> condition() {
        return query.condition();
    }

    /** The moment the states are taken at. */
    public Instant now() {
        return now;
    }

    /**
     * For "due within": per calendar key, the latest due moment that still counts (the end of that working
     * time from now in that calendar); empty otherwise.
     */
    public Map<String, Instant> dueBefore() {
        return dueBefore;
    }
}
