/*
 * Compile-only declaration. Follows the JSM 10.3 javadoc (docs.atlassian.com/jira-servicedesk/10.3.2), enum com.atlassian.servicedesk.api.requesttype.RequestTypePermissionEntityType.
 * Only the methods the add-on calls are declared.
 */
package com.atlassian.servicedesk.api.requesttype;

public enum RequestTypePermissionEntityType {
    USER,
    GROUP,
    ORGANIZATION
}
