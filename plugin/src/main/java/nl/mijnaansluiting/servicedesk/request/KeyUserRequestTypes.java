package nl.mijnaansluiting.servicedesk.request;

import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.audit.AuditEvent;
import nl.mijnaansluiting.servicedesk.audit.AuditLog;
import nl.mijnaansluiting.servicedesk.error.Problem;
import nl.mijnaansluiting.servicedesk.error.ProblemException;

import java.time.Clock;
import java.util.Set;
import java.util.TreeSet;

/**
 * Hides a key-user-only request type ("Opdrachten annuleren") in the JSM portal from everyone but
 * key-users: with a Jira group per deelnemer (the convention on {@link KeyUsers}), the request type's
 * allowlist becomes exactly those groups. The server-side checks stay; this is what the portal shows.
 */
public class KeyUserRequestTypes {

    private final KeyUsers keyUsers;
    private final CustomerDirectory directory;
    private final RequestTypeAccess access;
    private final AuditLog auditLog;
    private final Clock clock;

    public KeyUserRequestTypes(KeyUsers keyUsers, CustomerDirectory directory, RequestTypeAccess access, AuditLog auditLog,
                               Clock clock) {
        this.keyUsers = keyUsers;
        this.directory = directory;
        this.access = access;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Every deelnemer's key-user group, by the convention; refused when no convention is set. */
    public Set<String> keyUserGroups() {
        if (keyUsers.groupPattern().isEmpty()) {
            throw new ProblemException(Problem.CONFLICT, "pattern", "ma.keyusers.error.no-convention");
        }
        Set<String> groups = new TreeSet<>();
        directory.organisations().forEach(o -> groups.add(keyUsers.groupOf(o.key()).orElseThrow()));
        return groups;
    }

    public Set<String> allowedGroups(Caller admin, int requestTypeId) {
        requireAdmin(admin);
        return access.allowedGroups(requestTypeId);
    }

    /** Restricts the request type to the key-user groups; returns them. */
    public Set<String> restrictToKeyUsers(Caller admin, int requestTypeId) {
        requireAdmin(admin);
        if (requestTypeId <= 0) {
            throw ProblemException.badInput("requestType", "ma.keyusers.error.request-type", String.valueOf(requestTypeId));
        }
        Set<String> groups = keyUserGroups();
        access.restrictToGroups(requestTypeId, groups);
        auditLog.record(new AuditEvent(clock.instant(), admin.username(), KeyUsers.AUDIT_SUBJECT, "request-type-" + requestTypeId,
                "key-user.request-type.restricted", String.join(",", groups)));
        return groups;
    }

    private static void requireAdmin(Caller caller) {
        if (caller == null || !caller.isAdmin()) {
            throw ProblemException.forbidden("ma.error.admin-only");
        }
    }
}
