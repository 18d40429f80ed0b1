/*
 * Compile-only declaration. Follows the JSM 10.3 javadoc (docs.atlassian.com/jira-servicedesk/10.3.2/), interface com.atlassian.servicedesk.api.organization.OrganizationsQuery.
 * Only the methods the add-on calls are declared.
 */
package com.atlassian.servicedesk.api.organization;

import com.atlassian.servicedesk.api.util.paging.PagedRequest;

public interface OrganizationsQuery {

    interface Builder {
        Builder pagedRequest(PagedRequest pagedRequest);

        OrganizationsQuery build();
    }
}
