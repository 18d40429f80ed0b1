/*
 * Compile-only declaration of com.atlassian.servicedesk.api.organization.OrganizationService, as the JSM 10.3 javadoc gives it:
 * https://docs.atlassian.com/jira-servicedesk/10.3.2/com/atlassian/servicedesk/api/organization/OrganizationService.html
 * Only the members the add-on calls are declared; every one has its row in jira-compat/ledger/jsm.md.
 */
package com.atlassian.servicedesk.api.organization;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.servicedesk.api.util.paging.PagedResponse;

public interface OrganizationService {
    PagedResponse<CustomerOrganization> getOrganizations(ApplicationUser user, OrganizationsQuery query);

    PagedResponse<ApplicationUser> getUsersInOrganization(ApplicationUser user, UsersInOrganizationQuery query);

    OrganizationsQuery.Builder newOrganizationsQueryBuilder();

    UsersInOrganizationQuery.Builder newUsersInOrganizationQuery();
}
