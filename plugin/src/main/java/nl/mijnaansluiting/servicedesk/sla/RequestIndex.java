package nl.mijnaansluiting.servicedesk.sla;

import java.util.Collection;

/**
 * Port: tells the host that requests' clocks changed without the request being touched (a re-plan, a
 * recalculation), so what it indexes of them (Jira's issue index: queues, JQL, the SLA field) follows.
 */
public interface RequestIndex {

    void reindex(Collection<String> requestKeys);
}
