/*
 * Compile-only declaration of com.atlassian.servicedesk.api.organization.UsersInOrganizationQuery and its Builder, as the JSM 10.3 javadoc gives them:
 * https://docs.atlassian.com/jira-servicedesk/10.3.2/com/atlassian/servicedesk/api/organization/UsersInOrganizationQuery.Builder.html
 * Only the members the add-on calls are declared; every one has its row in jira-compat/ledger/jsm.md.
 */
package com.atlassian.servicedesk.api.organization;

import com.atlassian.servicedesk.api.util.paging.PagedRequest;

public interface UsersInOrganizationQuery {

    interface Builder {
        Builder customerOrganization(CustomerOrganization organization);

        Builder pagedRequest(PagedRequest pagedRequest);

        UsersInOrganizationQuery build();
    }
}
