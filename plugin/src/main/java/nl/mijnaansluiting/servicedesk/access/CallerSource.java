package nl.mijnaansluiting.servicedesk.access;

import nl.mijnaansluiting.servicedesk.error.ProblemException;

import java.util.Optional;

/**
 * Port: who is making the current request. Jira answers from its authentication context
 * ({@code jira.SalCallerSource}); the sandbox from its sign-in.
 */
public interface CallerSource {

    /** The signed-in caller, or empty when anonymous. */
    Optional<Caller> current();

    /** The signed-in caller; refuses anonymous callers. */
    default Caller require() {
        return current().orElseThrow(ProblemException::notSignedIn);
    }

    /** The signed-in caller if staff (licensed: agent, service manager, admin); refuses others. */
    default Caller requireStaff() {
        Caller caller = require();
        if (!caller.isStaff()) {
            throw ProblemException.forbidden("ma.error.staff-only");
        }
        return caller;
    }

    /** The signed-in caller if admin; refuses others. */
    default Caller requireAdmin() {
        Caller caller = require();
        if (!caller.isAdmin()) {
            throw ProblemException.forbidden("ma.error.admin-only");
        }
        return caller;
    }
}
