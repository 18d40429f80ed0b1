/*
 * Compile-only declaration. Follows the JSM 10.3 javadoc (docs.atlassian.com/jira-servicedesk/10.3.2/), interface com.atlassian.servicedesk.api.organization.OrganizationService.
 * Only the methods the add-on calls are declared.
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
