package nl.mijnaansluiting.servicedesk.availability;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One outage a request reports: from when the deelnemer says it began (or the request was raised) until the
 * request was resolved; no end while it is open.
 */
public record Outage(String requestKey, String schemeKey, String product, Instant startedAt, Instant endedAt) {

    public Outage {
        Objects.requireNonNull(requestKey, "requestKey");
        Objects.requireNonNull(schemeKey, "schemeKey");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(startedAt, "startedAt");
    }

    public Optional<Instant> end() {
        return Optional.ofNullable(endedAt);
    }
}
