/*
 * Compile-only declaration. Follows the JSM 10.3 javadoc (docs.atlassian.com/jira-servicedesk/10.3.2/), interface com.atlassian.servicedesk.api.ServiceDesk.
 * Only the methods the add-on calls are declared.
 */
package com.atlassian.servicedesk.api;

public interface ServiceDesk {
    int getId();
}
