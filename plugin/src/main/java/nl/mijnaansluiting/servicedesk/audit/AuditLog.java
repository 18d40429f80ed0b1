package nl.mijnaansluiting.servicedesk.audit;

import java.util.List;

/** Port: the audit trail. Stored in Active Objects in Jira and in the sandbox alike. */
public interface AuditLog {

    int MAX_PAGE = 500;

    void record(AuditEvent event);

    /** The newest events first, at most {@code limit} (capped at {@link #MAX_PAGE}). */
    List<AuditEvent> recent(int limit);

    /**
     * The newest events first that match the query, from its page's first line: at most {@code limit} (capped at
     * {@link #MAX_PAGE}); a page asks one more than it shows, to know whether another follows.
     */
    List<AuditEvent> find(AuditQuery query, int limit);

    /** The newest events about one subject first. */
    List<AuditEvent> about(String subjectType, String subjectKey, int limit);
}
