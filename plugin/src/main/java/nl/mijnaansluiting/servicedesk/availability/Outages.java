package nl.mijnaansluiting.servicedesk.availability;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Records outages as requests are raised, resolved and reopened: a request reports one when an availability norm
 * says its answers are an outage and the SLA applies (Productie, seed 000).
 */
public class Outages {

    private final OutageStore store;
    private final List<AvailabilityNorm> norms;

    public Outages(OutageStore store) {
        this(store, AvailabilityNorm.presets());
    }

    public Outages(OutageStore store, List<AvailabilityNorm> norms) {
        this.store = store;
        this.norms = List.copyOf(norms);
    }

    public List<AvailabilityNorm> norms() {
        return norms;
    }

    /**
     * A request was raised. The outage begins when the deelnemer says it began ({@code statedStart}, optional),
     * never after the request was raised (a later stated moment is the raise).
     *
     * @param answers     the answers to the priority questions, by option key
     * @param productionOnly false when the SLA does not apply (not Productie): no outage
     * @return the outage recorded, if the request is one
     */
    public Optional<Outage> raised(String requestKey, String schemeKey, String product, Map<String, String> answers,
                                   boolean productionOnly, Instant raisedAt, Instant statedStart) {
        if (!productionOnly || norms.stream().noneMatch(n -> n.isOutage(schemeKey, product, answers))) {
            return Optional.empty();
        }
        Instant start = statedStart == null || statedStart.isAfter(raisedAt) ? raisedAt : statedStart;
        Outage outage = new Outage(requestKey, schemeKey, product, start, null);
        store.add(outage);
        return store.of(requestKey);
    }

    /** Resolved: the outage ends now (if the request reported one that still runs). */
    public void resolved(String requestKey, Instant at) {
        store.of(requestKey).filter(o -> o.end().isEmpty()).ifPresent(o ->
                store.setEnd(requestKey, at.isBefore(o.startedAt()) ? o.startedAt() : at));
    }

    /** Reopened: the service was not back after all; the outage runs on until the next resolution. */
    public void reopened(String requestKey) {
        store.of(requestKey).filter(o -> o.end().isPresent()).ifPresent(o -> store.setEnd(requestKey, null));
    }

    public Optional<Outage> of(String requestKey) {
        return store.of(requestKey);
    }
}
