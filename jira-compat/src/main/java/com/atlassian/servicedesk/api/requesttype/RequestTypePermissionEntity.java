/*
 * Compile-only declaration. Follows the JSM 10.3 javadoc, interface com.atlassian.servicedesk.api.requesttype.RequestTypePermissionEntity.
 * Only the methods the add-on calls are declared.
 */
package com.atlassian.servicedesk.api.requesttype;

import java.io.Serializable;

public interface RequestTypePermissionEntity extends Serializable {
    int getId();

    RequestTypePermissionEntityType getPermissionEntityType();

    String getPermissionEntityId();

    String getDisplayName();
}
