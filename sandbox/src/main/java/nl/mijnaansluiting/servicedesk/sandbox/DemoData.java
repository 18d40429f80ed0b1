package nl.mijnaansluiting.servicedesk.sandbox;

import nl.mijnaansluiting.servicedesk.audit.AuditEvent;
import nl.mijnaansluiting.servicedesk.audit.AuditLog;
import nl.mijnaansluiting.servicedesk.request.KeyUser;
import nl.mijnaansluiting.servicedesk.request.KeyUserStore;
import nl.mijnaansluiting.servicedesk.request.KeyUsers;
import nl.mijnaansluiting.servicedesk.request.Organisation;

import java.time.Clock;

/**
 * Demo data the sandbox puts in its database on first start: the demo key-users of each deelnemer.
 * A deelnemer whose key-users an admin has ever changed (it has audit lines) is left as the admin left it.
 */
final class DemoData {

    static final String ACTOR = "sandbox";

    private DemoData() {
    }

    static void seed(DemoDirectory directory, KeyUserStore keyUsers, AuditLog auditLog, Clock clock) {
        for (Organisation organisation : directory.organisations()) {
            if (!auditLog.about(KeyUsers.AUDIT_SUBJECT, organisation.key(), 1).isEmpty()) {
                continue;
            }
            for (DemoDirectory.Person person : directory.people()) {
                if (person.keyUser() && person.organisations().contains(organisation.key())
                        && keyUsers.add(new KeyUser(organisation.key(), person.username(), ACTOR, clock.instant()))) {
                    auditLog.record(new AuditEvent(clock.instant(), ACTOR, KeyUsers.AUDIT_SUBJECT, organisation.key(),
                            "key-user.appointed", person.username() + " (demo data)"));
                }
            }
        }
    }
}
