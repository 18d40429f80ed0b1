package nl.mijnaansluiting.servicedesk.jira;

import com.atlassian.jira.event.type.EventDispatchOption;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.user.ApplicationUser;
import nl.mijnaansluiting.servicedesk.escalation.RequestDesk;

import java.util.Optional;

/**
 * Escalation's effects on a JSM issue. Notes are comments restricted to the agents' group, so the
 * customer never sees them; a functional hand-over leaves the issue unassigned for the team's queue and
 * says which team in such a note. These go through Jira's own storage, outside the add-on's transaction.
 */
public class JiraRequestDesk implements RequestDesk {

    /** JSM's agent group on Data Center: restricted comments are visible to its members only. */
    static final String AGENTS_GROUP = "jira-servicedesk-users";

    private final IssueManager issueManager;
    private final CommentManager commentManager;

    public JiraRequestDesk(IssueManager issueManager, CommentManager commentManager) {
        this.issueManager = issueManager;
        this.commentManager = commentManager;
    }

    @Override
    public Optional<Request> request(String requestKey) {
        return issue(requestKey).map(issue -> new Request(issue.getSummary(),
                Optional.ofNullable(issue.getAssignee()).map(ApplicationUser::getUsername).orElse(null)));
    }

    @Override
    public void reassign(String requestKey, String team) {
        issue(requestKey).ifPresent(issue -> {
            issue.setAssignee(null);
            issueManager.updateIssue(null, issue, EventDispatchOption.DO_NOT_DISPATCH, false);
            commentManager.create(issue, null, "[Escalatie] Overgedragen aan " + team + ".", AGENTS_GROUP, null, false);
        });
    }

    @Override
    public void internalComment(String requestKey, String text) {
        issue(requestKey).ifPresent(issue -> commentManager.create(issue, null, text, AGENTS_GROUP, null, false));
    }

    private Optional<MutableIssue> issue(String key) {
        return Optional.ofNullable(issueManager.getIssueObject(key));
    }
}
