package nl.mijnaansluiting.servicedesk.escalation;

import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.access.People;
import nl.mijnaansluiting.servicedesk.audit.AuditEvent;
import nl.mijnaansluiting.servicedesk.audit.AuditLog;
import nl.mijnaansluiting.servicedesk.error.ProblemException;
import nl.mijnaansluiting.servicedesk.sla.SlaSettingsStore;

import java.time.Clock;
import java.util.Locale;

/**
 * The user the add-on acts as when no person did, as Jira apps do: the author of the comments an escalation policy's
 * own steps write (a hand-over, a step's note), in that user's language. An admin chooses it; until then it is
 * {@value #DEFAULT}, which an admin creates in Jira (README). A user that does not exist is refused when chosen; one
 * that stopped existing since is shown as a warning on the escalation page, and the comments are written without
 * an author rather than held back, so a hand-over never waits for a user account.
 */
public class AddOnUser {

    public static final String DEFAULT = "ma-servicedesk-app";
    static final String SETTING = "addon-user";
    private static final String USERNAME = "username";
    private static final String AUDIT_SUBJECT = "escalation";

    private final SlaSettingsStore settings;
    private final People people;
    private final AuditLog auditLog;
    private final Clock clock;

    public AddOnUser(SlaSettingsStore settings, People people, AuditLog auditLog, Clock clock) {
        this.settings = settings;
        this.people = people;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The username the add-on writes as now. */
    public String username() {
        String chosen = settings.all(SETTING).get(USERNAME);
        return chosen == null || chosen.isBlank() ? DEFAULT : chosen;
    }

    /** Who the add-on writes as, as people read it, and whether that user exists. */
    public Voice voice() {
        String username = username();
        return new Voice(username, people.exists(username), people.language(username), people.displayName(username));
    }

    /** The add-on's user: its name, whether the host knows it, the language its comments are in, how it is shown. */
    public record Voice(String username, boolean exists, Locale language, String displayName) {
        /** The author to write as: null (no author) when the user does not exist. */
        public String author() {
            return exists ? username : null;
        }
    }

    /** Chooses the user (an empty name goes back to the default); a user the host does not know is refused. */
    public void choose(Caller admin, String username) {
        if (!admin.isAdmin()) {
            throw ProblemException.forbidden("ma.error.admin-only");
        }
        String given = username == null ? "" : username.trim();
        if (given.isEmpty()) {
            if (settings.delete(SETTING, USERNAME)) {
                auditLog.record(new AuditEvent(clock.instant(), admin.username(), AUDIT_SUBJECT, "addon-user", "addon-user.reset",
                        DEFAULT));
            }
            return;
        }
        if (given.length() > 255 || !people.exists(given)) {
            throw ProblemException.badInput("username", "ma.addon-user.error.unknown",
                    given.length() > 255 ? given.substring(0, 255) : given);
        }
        settings.save(SETTING, USERNAME, given, admin.username(), clock.instant());
        auditLog.record(new AuditEvent(clock.instant(), admin.username(), AUDIT_SUBJECT, "addon-user", "addon-user.chosen", given));
    }
}
