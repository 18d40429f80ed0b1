/*
 * Compile-only declaration. Follows the JSM 10.3 javadoc (docs.atlassian.com/jira-servicedesk/10.3.2/), interface com.atlassian.servicedesk.api.requesttype.RequestTypeUpdateParameters.
 * Only the methods the add-on calls are declared.
 */
package com.atlassian.servicedesk.api.requesttype;

public interface RequestTypeUpdateParameters {
    interface Builder {
        /** The id of the request type to update; mandatory. */
        Builder requestType(Integer requestType);

        Builder name(String name);

        Builder description(String description);

        Builder helpText(String helpText);

        RequestTypeUpdateParameters build();
    }
}
