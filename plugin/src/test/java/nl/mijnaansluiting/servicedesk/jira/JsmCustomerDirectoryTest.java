package nl.mijnaansluiting.servicedesk.jira;

import com.atlassian.jira.bc.user.search.UserSearchService;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.servicedesk.api.organization.CustomerOrganization;
import com.atlassian.servicedesk.api.organization.OrganizationService;
import com.atlassian.servicedesk.api.organization.OrganizationsQuery;
import com.atlassian.servicedesk.api.organization.UsersInOrganizationQuery;
import com.atlassian.servicedesk.api.util.paging.PagedRequest;
import com.atlassian.servicedesk.api.util.paging.PagedResponse;
import nl.mijnaansluiting.servicedesk.request.Customer;
import nl.mijnaansluiting.servicedesk.request.Organisation;
import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

public class JsmCustomerDirectoryTest {

    private final OrganizationService organizations = mock(OrganizationService.class);
    private final UserManager users = mock(UserManager.class);
    private final UserSearchService search = mock(UserSearchService.class);
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final JsmCustomerDirectory directory = new JsmCustomerDirectory(organizations, users, search, authentication);

    private final ApplicationUser admin = user("admin", "a@x", true);
    private final OrganizationsQuery.Builder orgQuery = mock(OrganizationsQuery.Builder.class, RETURNS_SELF);
    private final UsersInOrganizationQuery.Builder userQuery = mock(UsersInOrganizationQuery.Builder.class, RETURNS_SELF);

    private static ApplicationUser user(String name, String email, boolean active) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getUsername()).thenReturn(name);
        when(user.getDisplayName()).thenReturn(name.toUpperCase());
        when(user.getEmailAddress()).thenReturn(email);
        when(user.isActive()).thenReturn(active);
        return user;
    }

    private static CustomerOrganization organisation(int id, String name) {
        CustomerOrganization organisation = mock(CustomerOrganization.class);
        when(organisation.getId()).thenReturn(id);
        when(organisation.getName()).thenReturn(name);
        return organisation;
    }

    @SuppressWarnings("unchecked")
    private static <T> PagedResponse<T> page(List<T> results, boolean more) {
        PagedResponse<T> page = mock(PagedResponse.class);
        when(page.getResults()).thenReturn(results);
        when(page.hasNextPage()).thenReturn(more);
        return page;
    }

    @Before
    public void setUp() {
        when(authentication.getLoggedInUser()).thenReturn(admin);
        when(organizations.newOrganizationsQueryBuilder()).thenReturn(orgQuery);
        when(organizations.newUsersInOrganizationQuery()).thenReturn(userQuery);
    }

    @Test
    public void readsEveryPageOfOrganisationsKeyedByTheirJsmId() {
        OrganizationsQuery first = mock(OrganizationsQuery.class);
        OrganizationsQuery second = mock(OrganizationsQuery.class);
        ArgumentCaptor<PagedRequest> paged = ArgumentCaptor.forClass(PagedRequest.class);
        when(orgQuery.build()).thenReturn(first, second);
        PagedResponse<CustomerOrganization> page1 = page(List.of(organisation(1, "Noordnet")), true);
        PagedResponse<CustomerOrganization> page2 = page(List.of(organisation(7, "Rivierstroom")), false);
        when(organizations.getOrganizations(admin, first)).thenReturn(page1);
        when(organizations.getOrganizations(admin, second)).thenReturn(page2);

        List<Organisation> all = directory.organisations();

        assertEquals(List.of("1", "7"), all.stream().map(Organisation::key).collect(Collectors.toList()));
        org.mockito.Mockito.verify(orgQuery, org.mockito.Mockito.times(2)).pagedRequest(paged.capture());
        assertEquals(List.of(0, 1), paged.getAllValues().stream().map(PagedRequest::getStart).collect(Collectors.toList()));
    }

    @Test
    public void membershipIsFoundByPagingThroughTheOrganisationsUsers() {
        OrganizationsQuery query = mock(OrganizationsQuery.class);
        when(orgQuery.build()).thenReturn(query);
        CustomerOrganization noordnet = organisation(1, "Noordnet");
        PagedResponse<CustomerOrganization> organisationsPage = page(List.of(noordnet), false);
        when(organizations.getOrganizations(admin, query)).thenReturn(organisationsPage);
        UsersInOrganizationQuery members = mock(UsersInOrganizationQuery.class);
        when(userQuery.build()).thenReturn(members);
        PagedResponse<ApplicationUser> membersPage = page(List.of(user("anna", "anna@n", true)), false);
        when(organizations.getUsersInOrganization(eq(admin), any())).thenReturn(membersPage);

        assertTrue(directory.isMember("1", "anna"));
        assertFalse(directory.isMember("1", "bram"));
        assertFalse(directory.isMember("99", "anna"));
    }

    @Test
    public void findsPeopleByUsernameThenByEmailButNotInactiveOnes() {
        ApplicationUser anna = user("anna", "anna@noordnet.example", true);
        when(users.getUserByName("anna")).thenReturn(anna);
        when(search.findUsersByEmail("anna@noordnet.example")).thenReturn(List.of(anna));
        ApplicationUser gone = user("oud", "oud@x", false);
        when(users.getUserByName("oud")).thenReturn(gone);

        assertEquals("anna", directory.findByUsernameOrEmail("anna").map(Customer::username).orElse(null));
        assertEquals("anna", directory.findByUsernameOrEmail("anna@noordnet.example").map(Customer::username).orElse(null));
        assertEquals(Optional.empty(), directory.findByUsernameOrEmail("oud"));
        when(search.findUsersByEmail("niemand@x")).thenReturn(List.of());
        assertEquals(Optional.empty(), directory.findByUsernameOrEmail("niemand@x"));
    }
}
