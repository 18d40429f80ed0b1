package nl.mijnaansluiting.servicedesk.priority;

import java.util.Optional;

/** Port: the priority decision of each request, by request (issue) key, in Active Objects. */
public interface PriorityDecisionStore {

    Optional<PriorityDecision> find(String requestKey);

    /** The decisions of many requests at once (a list page), by request key; requests without one are absent. */
    java.util.Map<String, PriorityDecision> findAll(java.util.Collection<String> requestKeys);

    /** Creates or replaces the request's decision. */
    void save(PriorityDecision decision);
}
