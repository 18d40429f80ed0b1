package nl.mijnaansluiting.servicedesk.availability;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: the outages, kept in Active Objects, indexed by start and end. */
public interface OutageStore {

    /** Records the outage of a request; a request has one (a second call keeps the first). */
    void add(Outage outage);

    Optional<Outage> of(String requestKey);

    /** Sets (or, with null, clears) the end of the request's outage; false when it has none. */
    boolean setEnd(String requestKey, Instant endedAt);

    /** The outages that overlap [from, until): started before {@code until}, not ended by {@code from}; one query. */
    List<Outage> overlapping(Instant from, Instant until);
}
