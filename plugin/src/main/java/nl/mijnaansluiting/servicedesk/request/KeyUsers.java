package nl.mijnaansluiting.servicedesk.request;

import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.audit.AuditEvent;
import nl.mijnaansluiting.servicedesk.audit.AuditLog;
import nl.mijnaansluiting.servicedesk.error.ProblemException;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Key-users per deelnemer: who they are, appointing and revoking them (admins only, every change in
 * the audit trail), and the rule the server enforces: only a key-user of a deelnemer may submit a
 * key-user-only request (DSP "Opdrachten annuleren") for that deelnemer.
 */
public class KeyUsers {

    public static final String AUDIT_SUBJECT = "key-users";

    private final KeyUserStore store;
    private final CustomerDirectory directory;
    private final AuditLog auditLog;
    private final Clock clock;

    public KeyUsers(KeyUserStore store, CustomerDirectory directory, AuditLog auditLog, Clock clock) {
        this.store = store;
        this.directory = directory;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** What appointing did: a new key-user, or nothing because the person already was one. */
    public enum Outcome { APPOINTED, ALREADY_KEY_USER }

    public List<KeyUser> of(String organisationKey) {
        return store.keyUsersOf(existing(organisationKey).key());
    }

    public Organisation existing(String organisationKey) {
        return directory.organisation(organisationKey == null ? "" : organisationKey.trim())
                .orElseThrow(() -> ProblemException.notFound("ma.keyusers.error.unknown-organisation", organisationKey));
    }

    /** Appoints a member of the deelnemer, named by username or e-mail address. */
    public Outcome appoint(Caller admin, String organisationKey, String usernameOrEmail) {
        requireAdmin(admin);
        Organisation organisation = existing(organisationKey);
        String asked = usernameOrEmail == null ? "" : usernameOrEmail.trim();
        if (asked.isEmpty()) {
            throw ProblemException.badInput("user", "ma.keyusers.error.user-required");
        }
        Customer customer = directory.findByUsernameOrEmail(asked)
                .orElseThrow(() -> ProblemException.badInput("user", "ma.keyusers.error.unknown-user", asked));
        if (!directory.isMember(organisation.key(), customer.username())) {
            throw ProblemException.badInput("user", "ma.keyusers.error.not-a-member",
                    customer.displayName(), organisation.name());
        }
        boolean added = store.add(new KeyUser(organisation.key(), customer.username(), admin.username(), clock.instant()));
        if (!added) {
            return Outcome.ALREADY_KEY_USER;
        }
        auditLog.record(new AuditEvent(clock.instant(), admin.username(), AUDIT_SUBJECT, organisation.key(),
                "key-user.appointed", customer.username()));
        return Outcome.APPOINTED;
    }

    public void revoke(Caller admin, String organisationKey, String username) {
        requireAdmin(admin);
        Organisation organisation = existing(organisationKey);
        if (username == null || !store.remove(organisation.key(), username.trim())) {
            throw ProblemException.notFound("ma.keyusers.error.not-a-key-user", username, organisation.name());
        }
        auditLog.record(new AuditEvent(clock.instant(), admin.username(), AUDIT_SUBJECT, organisation.key(),
                "key-user.revoked", username.trim()));
    }

    public boolean isKeyUser(String organisationKey, String username) {
        return store.isKeyUser(organisationKey, username);
    }

    /**
     * The server-side rule for key-user-only requests: the customer the request is raised for (also
     * when an agent raises it on their behalf) must belong to the deelnemer and be its key-user.
     */
    public void requireKeyUser(String customerUsername, String organisationKey) {
        Organisation organisation = existing(organisationKey);
        if (!directory.isMember(organisation.key(), customerUsername)
                || !store.isKeyUser(organisation.key(), customerUsername)) {
            throw ProblemException.forbidden("ma.keyusers.error.key-users-only", organisation.name());
        }
    }

    public Optional<Customer> customer(String username) {
        return directory.findByUsernameOrEmail(username);
    }

    private static void requireAdmin(Caller caller) {
        if (caller == null || !caller.isAdmin()) {
            throw ProblemException.forbidden("ma.error.admin-only");
        }
    }
}
