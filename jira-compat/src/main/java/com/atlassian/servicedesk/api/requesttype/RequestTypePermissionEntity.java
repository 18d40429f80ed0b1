/*
 * Compile-only declaration of com.atlassian.servicedesk.api.requesttype.RequestTypePermissionEntity.
 * No 10.3 page was found; the nearest 10.x page:
 * https://docs.atlassian.com/jira-servicedesk/10.7.0/com/atlassian/servicedesk/api/requesttype/RequestTypePermissionEntity.html
 * The plugin implements it (JsmRequestTypeAccess.Entity): its whole abstract method set is declared.
 * JSM's API offers no builder or factory for it.
 * Only the members the add-on calls are declared; every one has its row in jira-compat/ledger/jsm.md.
 */
package com.atlassian.servicedesk.api.requesttype;

import java.io.Serializable;

public interface RequestTypePermissionEntity extends Serializable {
    int getId();

    RequestTypePermissionEntityType getPermissionEntityType();

    String getPermissionEntityId();

    String getDisplayName();
}
