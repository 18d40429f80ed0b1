package nl.mijnaansluiting.servicedesk.request;

import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.audit.AuditEvent;
import nl.mijnaansluiting.servicedesk.audit.AuditLog;
import nl.mijnaansluiting.servicedesk.error.Problem;
import nl.mijnaansluiting.servicedesk.error.ProblemException;
import nl.mijnaansluiting.servicedesk.sla.SlaSettingsStore;

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
    /** Where the group naming convention is kept (the settings table, by kind and key). */
    public static final String GROUP_SETTING = "key-user-groups";
    private static final String PATTERN = "pattern";
    public static final String PLACEHOLDER = "{organisation}";

    private final KeyUserStore store;
    private final CustomerDirectory directory;
    private final AuditLog auditLog;
    private final Clock clock;
    private final KeyUserGroups groups;
    private final SlaSettingsStore settings;

    public KeyUsers(KeyUserStore store, CustomerDirectory directory, AuditLog auditLog, Clock clock) {
        this(store, directory, auditLog, clock, null, null);
    }

    /**
     * @param groups   Jira's groups, for when the admin lets a group per deelnemer decide who its key-users are
     * @param settings where that naming convention is kept
     */
    public KeyUsers(KeyUserStore store, CustomerDirectory directory, AuditLog auditLog, Clock clock, KeyUserGroups groups,
                    SlaSettingsStore settings) {
        this.store = store;
        this.directory = directory;
        this.auditLog = auditLog;
        this.clock = clock;
        this.groups = groups;
        this.settings = settings;
    }

    /** The convention naming each deelnemer's key-user group ("ma-keyusers-{organisation}"); empty: kept here. */
    public Optional<String> groupPattern() {
        return settings == null ? Optional.empty() : Optional.ofNullable(settings.all(GROUP_SETTING).get(PATTERN));
    }

    /** The Jira group that decides who the deelnemer's key-users are, when the convention is set. */
    public Optional<String> groupOf(String organisationKey) {
        return groupPattern().map(pattern -> pattern.replace(PLACEHOLDER, organisationKey));
    }

    /**
     * Sets (or with an empty pattern, clears) the convention. Every deelnemer's group must exist in Jira,
     * or no-one of that deelnemer could submit a key-user-only request; then it is refused and nothing changes.
     */
    public void setGroupPattern(Caller admin, String pattern) {
        requireAdmin(admin);
        if (groups == null || settings == null) {
            throw new IllegalStateException("no Jira groups to keep key-users in step with");
        }
        String given = pattern == null ? "" : pattern.trim();
        if (given.isEmpty()) {
            if (settings.delete(GROUP_SETTING, PATTERN)) {
                auditLog.record(new AuditEvent(clock.instant(), admin.username(), AUDIT_SUBJECT, "*", "key-user.groups.off", ""));
            }
            return;
        }
        if (!given.contains(PLACEHOLDER) || !given.matches("[A-Za-z0-9 ._{}-]{1,200}")) {
            throw ProblemException.badInput("pattern", "ma.keyusers.error.pattern", given, PLACEHOLDER);
        }
        for (Organisation organisation : directory.organisations()) {
            String group = given.replace(PLACEHOLDER, organisation.key());
            if (!groups.groupExists(group)) {
                throw ProblemException.badInput("pattern", "ma.keyusers.error.no-group", group, organisation.name());
            }
        }
        settings.save(GROUP_SETTING, PATTERN, given, admin.username(), clock.instant());
        auditLog.record(new AuditEvent(clock.instant(), admin.username(), AUDIT_SUBJECT, "*", "key-user.groups.on", given));
    }

    private void requireKeptHere(Organisation organisation) {
        Optional<String> group = groupOf(organisation.key());
        if (group.isPresent()) {
            throw new ProblemException(Problem.CONFLICT, "user", "ma.keyusers.error.managed-by-group", group.get(),
                    organisation.name());
        }
    }

    /** What appointing did: a new key-user, or nothing because the person already was one. */
    public enum Outcome { APPOINTED, ALREADY_KEY_USER }

    /** The key-users of a deelnemer: appointed here, or the members of its group when a convention is set. */
    public List<KeyUser> of(String organisationKey) {
        Organisation organisation = existing(organisationKey);
        Optional<String> group = groupOf(organisation.key());
        if (group.isEmpty()) {
            return store.keyUsersOf(organisation.key());
        }
        return groups.usernamesIn(group.get()).stream().filter(username -> directory.isMember(organisation.key(), username))
                .sorted().map(username -> new KeyUser(organisation.key(), username, group.get(), null))
                .collect(java.util.stream.Collectors.toList());
    }

    public Organisation existing(String organisationKey) {
        return directory.organisation(organisationKey == null ? "" : organisationKey.trim())
                .orElseThrow(() -> ProblemException.notFound("ma.keyusers.error.unknown-organisation", organisationKey));
    }

    /** Appoints a member of the deelnemer, named by username or e-mail address. */
    public Outcome appoint(Caller admin, String organisationKey, String usernameOrEmail) {
        requireAdmin(admin);
        Organisation organisation = existing(organisationKey);
        requireKeptHere(organisation);
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
        requireKeptHere(organisation);
        if (username == null || !store.remove(organisation.key(), username.trim())) {
            throw ProblemException.notFound("ma.keyusers.error.not-a-key-user", username, organisation.name());
        }
        auditLog.record(new AuditEvent(clock.instant(), admin.username(), AUDIT_SUBJECT, organisation.key(),
                "key-user.revoked", username.trim()));
    }

    public boolean isKeyUser(String organisationKey, String username) {
        // With a group per deelnemer, Jira's membership decides at this moment: nothing to get out of step.
        Optional<String> group = groupOf(organisationKey);
        return group.isPresent() ? groups.usernamesIn(group.get()).contains(username) : store.isKeyUser(organisationKey, username);
    }

    /**
     * The server-side rule for key-user-only requests: the customer the request is raised for (also
     * when an agent raises it on their behalf) must belong to the deelnemer and be its key-user.
     */
    public void requireKeyUser(String customerUsername, String organisationKey) {
        Organisation organisation = existing(organisationKey);
        if (!directory.isMember(organisation.key(), customerUsername)
                || !isKeyUser(organisation.key(), customerUsername)) {
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
