/*
 * Compile-only declaration of com.atlassian.servicedesk.api.requesttype.RequestTypeCreateParameters and its Builder, as the JSM 10.3 javadoc gives them:
 * https://docs.atlassian.com/jira-servicedesk/10.3.12/com/atlassian/servicedesk/api/requesttype/RequestTypeCreateParameters.Builder.html
 * Only the members the add-on calls are declared; every one has its row in jira-compat/ledger/jsm.md.
 */
package com.atlassian.servicedesk.api.requesttype;

import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.servicedesk.api.ServiceDesk;

/** The javadoc: "not possible to create RequestType with custom icon, groupings, ordering, status mappings, and field mappings yet". */
public interface RequestTypeCreateParameters {
    interface Builder {
        Builder serviceDesk(ServiceDesk serviceDesk);

        /** Must already be an issue type of the service desk's project. */
        Builder issueType(IssueType issueType);

        Builder name(String name);

        Builder description(String description);

        Builder helpText(String helpText);

        RequestTypeCreateParameters build();
    }
}
