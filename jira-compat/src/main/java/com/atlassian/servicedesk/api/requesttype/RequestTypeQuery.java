/*
 * Compile-only declaration. Follows the JSM 10.3 javadoc (docs.atlassian.com/jira-servicedesk/10.3.2/), interface com.atlassian.servicedesk.api.requesttype.RequestTypeQuery.
 * Only the methods the add-on calls are declared.
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
