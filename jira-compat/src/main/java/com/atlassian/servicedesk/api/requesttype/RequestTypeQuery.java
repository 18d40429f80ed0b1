/*
 * Compile-only declaration of com.atlassian.servicedesk.api.requesttype.RequestTypeQuery and its Builder, as the JSM 10.3 javadoc gives them:
 * https://docs.atlassian.com/jira-servicedesk/10.3.2/com/atlassian/servicedesk/api/requesttype/RequestTypeQuery.Builder.html
 * Only the members the add-on calls are declared; every one has its row in jira-compat/ledger/jsm.md.
 */
package com.atlassian.servicedesk.api.requesttype;

import com.atlassian.servicedesk.api.util.paging.PagedRequest;

public interface RequestTypeQuery {
    interface Builder {
        /** Narrows the query to the request types of one service desk. */
        Builder serviceDesk(Integer serviceDesk);

        Builder pagedRequest(PagedRequest pagedRequest);

        RequestTypeQuery build();
    }
}
