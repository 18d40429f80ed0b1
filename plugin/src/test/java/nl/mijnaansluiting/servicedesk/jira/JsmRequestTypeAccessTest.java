package nl.mijnaansluiting.servicedesk.jira;

import com.atlassian.servicedesk.api.requesttype.RequestTypePermission;
import com.atlassian.servicedesk.api.requesttype.RequestTypePermissionEntity;
import com.atlassian.servicedesk.api.requesttype.RequestTypePermissionEntityType;
import com.atlassian.servicedesk.api.requesttype.RequestTypePermissionService;
import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.access.Role;
import nl.mijnaansluiting.servicedesk.audit.AuditLog;
import nl.mijnaansluiting.servicedesk.error.Problem;
import nl.mijnaansluiting.servicedesk.error.ProblemException;
import nl.mijnaansluiting.servicedesk.request.CustomerDirectory;
import nl.mijnaansluiting.servicedesk.request.KeyUserGroups;
import nl.mijnaansluiting.servicedesk.request.KeyUserRequestTypes;
import nl.mijnaansluiting.servicedesk.request.KeyUserStore;
import nl.mijnaansluiting.servicedesk.request.KeyUsers;
import nl.mijnaansluiting.servicedesk.request.Organisation;
import nl.mijnaansluiting.servicedesk.sla.SlaSettingsStore;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * Restricting a key-user-only JSM request type to the key-user groups: the allowlist keeps its users
 * and organisations and gets exactly one group per deelnemer; without a group convention it is refused.
 */
public class JsmRequestTypeAccessTest {

    private final RequestTypePermissionService permissions = mock(RequestTypePermissionService.class);
    private final CustomerDirectory directory = mock(CustomerDirectory.class);
    private final SlaSettingsStore settings = mock(SlaSettingsStore.class);
    private final KeyUsers keyUsers = new KeyUsers(mock(KeyUserStore.class), directory, mock(AuditLog.class),
            Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC), mock(KeyUserGroups.class), settings);
    private final KeyUserRequestTypes requestTypes = new KeyUserRequestTypes(keyUsers, directory,
            new JsmRequestTypeAccess(permissions), mock(AuditLog.class), Clock.systemUTC());
    private final Caller admin = new Caller("admin", "Ilse", Set.of(Role.ADMIN), Set.of(), Locale.ENGLISH);

    private static RequestTypePermissionEntity entity(RequestTypePermissionEntityType type, String id) {
        RequestTypePermissionEntity entity = mock(RequestTypePermissionEntity.class);
        when(entity.getPermissionEntityType()).thenReturn(type);
        when(entity.getPermissionEntityId()).thenReturn(id);
        return entity;
    }

    @Test
    public void theAllowlistGetsOneGroupPerDeelnemerAndKeepsItsUsers() {
        when(directory.organisations()).thenReturn(List.of(new Organisation("12", "Noordnet"), new Organisation("13", "Rivierstroom")));
        when(settings.all(KeyUsers.GROUP_SETTING)).thenReturn(Map.of("pattern", "ma-keyusers-{organisation}"));
        RequestTypePermission current = mock(RequestTypePermission.class);
        Set<RequestTypePermissionEntity> before = Set.of(entity(RequestTypePermissionEntityType.USER, "JIRAUSER10100"),
                entity(RequestTypePermissionEntityType.GROUP, "jira-servicedesk-customers"));
        when(current.getAllowlist()).thenReturn(before);
        when(permissions.getRequestTypePermission(7)).thenReturn(current);

        assertEquals(Set.of("ma-keyusers-12", "ma-keyusers-13"), requestTypes.restrictToKeyUsers(admin, 7));
        ArgumentCaptor<RequestTypePermission> upserted = ArgumentCaptor.forClass(RequestTypePermission.class);
        verify(permissions).upsertRequestTypePermission(upserted.capture());
        assertEquals(7, upserted.getValue().getRequestTypeId());
        assertEquals(Set.of("USER:JIRAUSER10100", "GROUP:ma-keyusers-12", "GROUP:ma-keyusers-13"),
                upserted.getValue().getAllowlist().stream().map(e -> e.getPermissionEntityType() + ":" + e.getPermissionEntityId())
                        .collect(Collectors.toSet()));
    }

    @Test
    public void withoutAGroupConventionNothingChanges() {
        when(settings.all(KeyUsers.GROUP_SETTING)).thenReturn(Map.of());
        try {
            requestTypes.restrictToKeyUsers(admin, 7);
            fail("restricted without key-user groups");
        } catch (ProblemException e) {
            assertEquals(Problem.CONFLICT, e.problem());
            assertEquals("ma.keyusers.error.no-convention", e.messageKey());
        }
        try {
            requestTypes.restrictToKeyUsers(new Caller("agent", "Gert", Set.of(Role.AGENT), Set.of(), Locale.ENGLISH), 7);
            fail("an agent restricted a request type");
        } catch (ProblemException e) {
            assertEquals(Problem.FORBIDDEN, e.problem());
        }
        verify(permissions, never()).upsertRequestTypePermission(org.mockito.ArgumentMatchers.any());
    }
}
