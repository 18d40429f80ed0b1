/*
 * Compile-only declaration of com.atlassian.servicedesk.api.requesttype.RequestTypeUpdateParameters and its Builder.
 * No 10.3 page of the Builder was found; the nearest 10.x page:
 * https://docs.atlassian.com/jira-servicedesk/10.7.0/com/atlassian/servicedesk/api/requesttype/RequestTypeUpdateParameters.Builder.html
 * (the type itself: https://docs.atlassian.com/jira-servicedesk/10.3.13/com/atlassian/servicedesk/api/requesttype/RequestTypeUpdateParameters.html).
 * Only the members the add-on calls are declared; every one has its row in jira-compat/ledger/jsm.md.
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
