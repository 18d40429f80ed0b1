package nl.mijnaansluiting.servicedesk.jira;

import com.atlassian.jira.bc.user.search.UserSearchService;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.servicedesk.api.organization.CustomerOrganization;
import com.atlassian.servicedesk.api.organization.OrganizationService;
import com.atlassian.servicedesk.api.util.paging.PagedResponse;
import com.atlassian.servicedesk.api.util.paging.SimplePagedRequest;
import nl.mijnaansluiting.servicedesk.request.Customer;
import nl.mijnaansluiting.servicedesk.request.CustomerDirectory;
import nl.mijnaansluiting.servicedesk.request.Organisation;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * The deelnemers in Jira: JSM customer organisations (keyed by their id) and their users, read with
 * the permissions of the signed-in user. JSM has no "organisations of this user" query, so membership
 * is checked by paging through the organisation's users.
 */
public class JsmCustomerDirectory implements CustomerDirectory {

    static final int PAGE = 50;

    private final OrganizationService organizations;
    private final UserManager users;
    private final UserSearchService userSearch;
    private final JiraAuthenticationContext authentication;

    public JsmCustomerDirectory(OrganizationService organizations, UserManager users, UserSearchService userSearch,
                                JiraAuthenticationContext authentication) {
        this.organizations = organizations;
        this.users = users;
        this.userSearch = userSearch;
        this.authentication = authentication;
    }

    @Override
    public List<Organisation> organisations() {
        List<Organisation> all = new ArrayList<>();
        ApplicationUser asUser = authentication.getLoggedInUser();
        forEachPage(start -> organizations.getOrganizations(asUser, organizations.newOrganizationsQueryBuilder()
                        .pagedRequest(SimplePagedRequest.paged(start, PAGE)).build()),
                organization -> {
                    all.add(new Organisation(String.valueOf(organization.getId()), organization.getName()));
                    return false;
                });
        return all;
    }

    @Override
    public Optional<Organisation> organisation(String key) {
        return organisations().stream().filter(o -> o.key().equals(key)).findFirst();
    }

    @Override
    public Optional<Customer> findByUsernameOrEmail(String usernameOrEmail) {
        ApplicationUser user = users.getUserByName(usernameOrEmail);
        if (user == null && usernameOrEmail.contains("@")) {
            Iterator<ApplicationUser> byEmail = userSearch.findUsersByEmail(usernameOrEmail).iterator();
            user = byEmail.hasNext() ? byEmail.next() : null;
        }
        return Optional.ofNullable(user).filter(ApplicationUser::isActive)
                .map(u -> new Customer(u.getUsername(), u.getDisplayName(), u.getEmailAddress()));
    }

    @Override
    public boolean isMember(String organisationKey, String username) {
        Optional<CustomerOrganization> organization = find(organisationKey);
        if (organization.isEmpty()) {
            return false;
        }
        ApplicationUser asUser = authentication.getLoggedInUser();
        boolean[] found = {false};
        forEachPage(start -> organizations.getUsersInOrganization(asUser, organizations.newUsersInOrganizationQuery()
                        .customerOrganization(organization.get())
                        .pagedRequest(SimplePagedRequest.paged(start, PAGE)).build()),
                member -> found[0] = member.getUsername().equals(username));
        return found[0];
    }

    private Optional<CustomerOrganization> find(String key) {
        ApplicationUser asUser = authentication.getLoggedInUser();
        List<CustomerOrganization> match = new ArrayList<>();
        forEachPage(start -> organizations.getOrganizations(asUser, organizations.newOrganizationsQueryBuilder()
                        .pagedRequest(SimplePagedRequest.paged(start, PAGE)).build()),
                organization -> {
                    if (String.valueOf(organization.getId()).equals(key)) {
                        match.add(organization);
                        return true;
                    }
                    return false;
                });
        return match.stream().findFirst();
    }

    /** Visits every result page by page until the visitor answers true (found) or the pages run out. */
    private static <T> void forEachPage(IntFunction<PagedResponse<T>> page, java.util.function.Predicate<T> visitor) {
        int start = 0;
        while (true) {
            PagedResponse<T> response = page.apply(start);
            for (T item : response.getResults()) {
                if (visitor.test(item)) {
                    return;
                }
            }
            if (!response.hasNextPage() || response.getResults().isEmpty()) {
                return;
            }
            start += response.getResults().size();
        }
    }
}
