package nl.mijnaansluiting.servicedesk.jira;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.web.bean.PagerFilter;
import nl.mijnaansluiting.servicedesk.error.Problem;
import nl.mijnaansluiting.servicedesk.error.ProblemException;
import nl.mijnaansluiting.servicedesk.request.Organisation;
import nl.mijnaansluiting.servicedesk.request.OrganisationRequests;

import java.util.ArrayList;
import java.util.List;

/**
 * A deelnemer's requests in Jira: JQL on JSM's Organizations field ({@code Organizations = "Noordnet Netbeheer"}), run
 * as the signed-in admin, so Jira's own permissions decide what is found.
 */
public class JqlOrganisationRequests implements OrganisationRequests {

    private final SearchService search;
    private final JiraAuthenticationContext authentication;

    public JqlOrganisationRequests(SearchService search, JiraAuthenticationContext authentication) {
        this.search = search;
        this.authentication = authentication;
    }

    @Override
    public List<String> requestKeys(Organisation organisation, int limit) {
        SearchService.ParseResult parsed = search.parseQuery(authentication.getLoggedInUser(), jql(organisation));
        if (parsed == null || !parsed.isValid()) {
            throw new ProblemException(Problem.BAD_INPUT, "deelnemer", "ma.sla.recalc.error.search", organisation.name());
        }
        try {
            List<String> keys = new ArrayList<>();
            for (Issue issue : search.search(authentication.getLoggedInUser(), parsed.getQuery(), new PagerFilter<>(0, limit)).getResults()) {
                keys.add(issue.getKey());
            }
            return keys;
        } catch (SearchException e) {
            // Jira's index, not the admin's input: the error page says so without details.
            throw new IllegalStateException("Jira's issue search failed: " + e.getMessage(), e);
        }
    }

    /** The organisation by its name in JQL's quotes, newest first. */
    static String jql(Organisation organisation) {
        String name = organisation.name().replace("\\", "\\\\").replace("\"", "\\\"");
        return "Organizations = \"" + name + "\" ORDER BY created DESC";
    }
}
