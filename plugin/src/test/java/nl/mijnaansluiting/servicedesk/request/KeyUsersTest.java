package nl.mijnaansluiting.servicedesk.request;

import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.access.Role;
import nl.mijnaansluiting.servicedesk.audit.AuditEvent;
import nl.mijnaansluiting.servicedesk.audit.AuditLog;
import nl.mijnaansluiting.servicedesk.error.Problem;
import nl.mijnaansluiting.servicedesk.error.ProblemException;
import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class KeyUsersTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    private final KeyUserStore store = mock(KeyUserStore.class);
    private final CustomerDirectory directory = mock(CustomerDirectory.class);
    private final AuditLog auditLog = mock(AuditLog.class);
    private final KeyUsers keyUsers = new KeyUsers(store, directory, auditLog, Clock.fixed(NOW, ZoneOffset.UTC));

    private final Caller admin = new Caller("admin", "Ilse", Set.of(Role.ADMIN), Set.of(), Locale.ENGLISH);
    private final Caller agent = new Caller("agent", "Gert", Set.of(Role.AGENT), Set.of(), Locale.ENGLISH);
    private final Customer anna = new Customer("anna", "Anna de Vries", "anna@noordnet.example");

    @Before
    public void noordnetWithAnna() {
        when(directory.organisation("noordnet")).thenReturn(Optional.of(new Organisation("noordnet", "Noordnet Netbeheer")));
        when(directory.organisation("elders")).thenReturn(Optional.empty());
        when(directory.findByUsernameOrEmail("anna@noordnet.example")).thenReturn(Optional.of(anna));
        when(directory.findByUsernameOrEmail("anna")).thenReturn(Optional.of(anna));
        when(directory.isMember("noordnet", "anna")).thenReturn(true);
    }

    private static void refused(Problem problem, String field, Runnable call) {
        try {
            call.run();
            fail("expected " + problem);
        } catch (ProblemException e) {
            assertEquals(problem, e.problem());
            assertEquals(field, e.field());
        }
    }

    @Test
    public void anAdminAppointsAMemberByEmailAndTheAuditTrailSaysWhoDidIt() {
        when(store.add(any())).thenReturn(true);
        assertEquals(KeyUsers.Outcome.APPOINTED, keyUsers.appoint(admin, "noordnet", " anna@noordnet.example "));

        ArgumentCaptor<KeyUser> stored = ArgumentCaptor.forClass(KeyUser.class);
        verify(store).add(stored.capture());
        assertEquals("anna", stored.getValue().username());
        assertEquals("admin", stored.getValue().addedBy());
        ArgumentCaptor<AuditEvent> audited = ArgumentCaptor.forClass(AuditEvent.class);
        verify(auditLog).record(audited.capture());
        assertEquals("key-user.appointed", audited.getValue().action());
        assertEquals("noordnet", audited.getValue().subjectKey());
        assertEquals(NOW, audited.getValue().at());
    }

    @Test
    public void appointingTwiceChangesNothingAndAuditsNothing() {
        when(store.add(any())).thenReturn(false);
        assertEquals(KeyUsers.Outcome.ALREADY_KEY_USER, keyUsers.appoint(admin, "noordnet", "anna"));
        verify(auditLog, never()).record(any());
    }

    @Test
    public void onlyAdminsAppoint() {
        refused(Problem.FORBIDDEN, null, () -> keyUsers.appoint(agent, "noordnet", "anna"));
        verify(store, never()).add(any());
    }

    @Test
    public void someoneOutsideTheDeelnemerCannotBecomeItsKeyUser() {
        Customer carla = new Customer("carla", "Carla Bakker", "carla@rivierstroom.example");
        when(directory.findByUsernameOrEmail("carla")).thenReturn(Optional.of(carla));
        refused(Problem.BAD_INPUT, "user", () -> keyUsers.appoint(admin, "noordnet", "carla"));
        refused(Problem.BAD_INPUT, "user", () -> keyUsers.appoint(admin, "noordnet", "niemand"));
        refused(Problem.BAD_INPUT, "user", () -> keyUsers.appoint(admin, "noordnet", "  "));
        refused(Problem.NOT_FOUND, null, () -> keyUsers.appoint(admin, "elders", "anna"));
        verify(store, never()).add(any());
        verify(auditLog, never()).record(any());
    }

    @Test
    public void revokingSomeoneWhoIsNoKeyUserIsNotFound() {
        when(store.remove("noordnet", "bram")).thenReturn(false);
        refused(Problem.NOT_FOUND, null, () -> keyUsers.revoke(admin, "noordnet", "bram"));
        verify(auditLog, never()).record(any());

        when(store.remove("noordnet", "anna")).thenReturn(true);
        keyUsers.revoke(admin, "noordnet", "anna");
        verify(auditLog).record(any());
    }

    @Test
    public void onlyAKeyUserWhoBelongsToTheDeelnemerMaySubmitForIt() {
        when(store.isKeyUser("noordnet", "anna")).thenReturn(true);
        keyUsers.requireKeyUser("anna", "noordnet");

        when(directory.isMember("noordnet", "bram")).thenReturn(true);
        refused(Problem.FORBIDDEN, null, () -> keyUsers.requireKeyUser("bram", "noordnet"));

        // Still listed as key-user but no longer a member: refused too.
        when(store.isKeyUser("noordnet", "carla")).thenReturn(true);
        refused(Problem.FORBIDDEN, null, () -> keyUsers.requireKeyUser("carla", "noordnet"));
    }
}
