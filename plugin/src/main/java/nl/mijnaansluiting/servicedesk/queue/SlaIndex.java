package nl.mijnaansluiting.servicedesk.queue;

import nl.mijnaansluiting.servicedesk.sla.ClockStore;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Port: the clocks as the database selects and sorts them, never loading them per request. Implemented over
 * the indexed clock table ({@code store.AoSlaIndex}).
 */
public interface SlaIndex {

    /** The keys of the requests that match, in the query's order, its page only. */
    List<String> requestKeys(SlaSearch search);

    /** How many requests match in all (for "1-50 of 1 000"). */
    int count(SlaSearch search);

    /** The clocks of these requests, read in one query: what a page of lozenges or field values needs. */
    Map<String, List<ClockStore.StoredClock>> clocksOf(Collection<String> requestKeys);
}
