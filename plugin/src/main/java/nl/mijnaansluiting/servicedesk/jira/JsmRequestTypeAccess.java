package nl.mijnaansluiting.servicedesk.jira;

import com.atlassian.servicedesk.api.requesttype.RequestTypePermission;
import com.atlassian.servicedesk.api.requesttype.RequestTypePermissionEntity;
import com.atlassian.servicedesk.api.requesttype.RequestTypePermissionEntityType;
import com.atlassian.servicedesk.api.requesttype.RequestTypePermissionService;
import nl.mijnaansluiting.servicedesk.request.RequestTypeAccess;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * JSM's request type permissions (Data Center 10.x): the allowlist of users, groups and organisations
 * who see a request type in the portal. Groups are named by their group name.
 */
public class JsmRequestTypeAccess implements RequestTypeAccess {

    private final RequestTypePermissionService permissions;

    public JsmRequestTypeAccess(RequestTypePermissionService permissions) {
        this.permissions = permissions;
    }

    @Override
    public Set<String> allowedGroups(int requestTypeId) {
        RequestTypePermission current = permissions.getRequestTypePermission(requestTypeId);
        if (current == null || current.getAllowlist() == null) {
            return Set.of();
        }
        return current.getAllowlist().stream().filter(e -> e.getPermissionEntityType() == RequestTypePermissionEntityType.GROUP)
                .map(RequestTypePermissionEntity::getPermissionEntityId).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    @Override
    public void restrictToGroups(int requestTypeId, Set<String> groups) {
        RequestTypePermission current = permissions.getRequestTypePermission(requestTypeId);
        Set<RequestTypePermissionEntity> allowlist = new LinkedHashSet<>();
        if (current != null && current.getAllowlist() != null) {
            current.getAllowlist().stream().filter(e -> e.getPermissionEntityType() != RequestTypePermissionEntityType.GROUP)
                    .forEach(allowlist::add);
        }
        groups.forEach(group -> allowlist.add(new Entity(group)));
        permissions.upsertRequestTypePermission(new Permission(requestTypeId, allowlist));
    }

    /** A group on the allowlist, as we hand it to JSM (it assigns the id). */
    record Entity(String group) implements RequestTypePermissionEntity {
        @Override
        public int getId() {
            return 0;
        }

        @Override
        public RequestTypePermissionEntityType getPermissionEntityType() {
            return RequestTypePermissionEntityType.GROUP;
        }

        @Override
        public String getPermissionEntityId() {
            return group;
        }

        @Override
        public String getDisplayName() {
            return group;
        }
    }

    record Permission(int requestTypeId, Set<RequestTypePermissionEntity> allowlist) implements RequestTypePermission {
        @Override
        public int getRequestTypeId() {
            return requestTypeId;
        }

        @Override
        public Set<RequestTypePermissionEntity> getAllowlist() {
            return allowlist;
        }
    }
}
