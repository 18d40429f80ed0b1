package nl.mijnaansluiting.servicedesk.priority;

import java.util.Optional;

/** Port: the priority decision of each request, by request (issue) key, in Active Objects. */
public interface PriorityDecisionStore {

    Optional<PriorityDecision> find(String requestKey);

    /** Creates or replaces the request's decision. */
    void save(PriorityDecision decision);
}
