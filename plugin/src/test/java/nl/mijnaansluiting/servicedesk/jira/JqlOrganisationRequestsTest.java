package nl.mijnaansluiting.servicedesk.jira;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import nl.mijnaansluiting.servicedesk.error.Problem;
import nl.mijnaansluiting.servicedesk.error.ProblemException;
import nl.mijnaansluiting.servicedesk.request.Organisation;
import org.junit.Before;
import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** A deelnemer's requests in Jira: JQL on JSM's Organizations field, as the signed-in admin. */
public class JqlOrganisationRequestsTest {

    private final SearchService search = mock(SearchService.class);
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final ApplicationUser admin = mock(ApplicationUser.class);
    private final SearchService.ParseResult parsed = mock(SearchService.ParseResult.class);
    private final Query query = mock(Query.class);
    private final JqlOrganisationRequests requests = new JqlOrganisationRequests(search, authentication);

    @Before
    public void signedInAsAdmin() {
        when(authentication.getLoggedInUser()).thenReturn(admin);
        when(search.parseQuery(eq(admin), anyString())).thenReturn(parsed);
        when(parsed.getQuery()).thenReturn(query);
    }

    @Test
    public void theOrganisationsRequestsNewestFirstByItsNameInQuotes() throws Exception {
        when(parsed.isValid()).thenReturn(true);
        @SuppressWarnings("unchecked")
        SearchResults<Issue> found = mock(SearchResults.class);
        Issue ma7 = mock(Issue.class);
        Issue ma3 = mock(Issue.class);
        when(ma7.getKey()).thenReturn("MA-7");
        when(ma3.getKey()).thenReturn("MA-3");
        when(found.getResults()).thenReturn(List.of(ma7, ma3));
        when(search.search(eq(admin), eq(query), any(PagerFilter.class))).thenReturn(found);
        assertEquals(List.of("MA-7", "MA-3"), requests.requestKeys(new Organisation("12", "Noordnet Netbeheer"), 5001));
        assertEquals("Organizations = \"Noordnet Netbeheer\" ORDER BY created DESC",
                JqlOrganisationRequests.jql(new Organisation("12", "Noordnet Netbeheer")));
        // A name with JQL's own marks stays one string.
        assertEquals("Organizations = \"Net \\\"Oost\\\" \\\\ West\" ORDER BY created DESC",
                JqlOrganisationRequests.jql(new Organisation("13", "Net \"Oost\" \\ West")));
    }

    @Test
    public void aJiraWithoutTheOrganizationsFieldIsATranslatedRefusal() {
        when(parsed.isValid()).thenReturn(false);
        try {
            requests.requestKeys(new Organisation("12", "Noordnet Netbeheer"), 10);
            fail();
        } catch (ProblemException e) {
            assertEquals(Problem.BAD_INPUT, e.problem());
            assertEquals("ma.sla.recalc.error.search", e.messageKey());
        }
    }

    @Test(expected = IllegalStateException.class)
    public void aFailingIndexIsNoInputError() throws Exception {
        when(parsed.isValid()).thenReturn(true);
        when(search.search(eq(admin), eq(query), any(PagerFilter.class))).thenThrow(new SearchException());
        requests.requestKeys(new Organisation("12", "Noordnet Netbeheer"), 10);
    }
}
