/*
 * Compile-only declaration of com.atlassian.servicedesk.api.requesttype.RequestTypePermissionEntityType, as the JSM 10.3 javadoc gives it:
 * https://docs.atlassian.com/jira-servicedesk/10.3.2/com/atlassian/servicedesk/api/requesttype/RequestTypePermissionEntityType.html
 * (the enum also has a db-value getter and valueOf(int) there, which the add-on does not call).
 * Only the members the add-on calls are declared; every one has its row in jira-compat/ledger/jsm.md.
 */
package com.atlassian.servicedesk.api.requesttype;

public enum RequestTypePermissionEntityType {
    USER,
    GROUP,
    ORGANIZATION
}
