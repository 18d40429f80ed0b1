package nl.mijnaansluiting.servicedesk.request;

import java.util.Set;

/** Port: who may see and raise a portal request type. JSM's request type permissions in Jira. */
public interface RequestTypeAccess {

    /** The groups on the request type's allowlist; empty: nothing restricts it to groups. */
    Set<String> allowedGroups(int requestTypeId);

    /** Leaves exactly these groups on the allowlist (users and organisations on it stay). */
    void restrictToGroups(int requestTypeId, Set<String> groups);
}
