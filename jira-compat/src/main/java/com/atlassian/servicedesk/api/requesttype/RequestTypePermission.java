/*
 * Compile-only declaration of com.atlassian.servicedesk.api.requesttype.RequestTypePermission, as the JSM 10.3 javadoc gives it:
 * https://docs.atlassian.com/jira-servicedesk/10.3.2/com/atlassian/servicedesk/api/requesttype/RequestTypePermission.html
 * The plugin implements it (JsmRequestTypeAccess.Permission): its whole abstract method set is declared.
 * JSM's API offers no builder or factory for it (RequestTypePermissionService has only get/upsert).
 * Only the members the add-on calls are declared; every one has its row in jira-compat/ledger/jsm.md.
 */
package com.atlassian.servicedesk.api.requesttype;

import java.io.Serializable;
import java.util.Set;

public interface RequestTypePermission extends Serializable {
    int getRequestTypeId();

    Set<RequestTypePermissionEntity> getAllowlist();
}
