package nl.mijnaansluiting.servicedesk.jira;

import com.atlassian.jira.event.type.EventDispatchOption;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.index.IssueIndexingService;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import nl.mijnaansluiting.servicedesk.escalation.RequestDesk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * Escalation's effects on a JSM issue. Notes are comments restricted to the agents' group, so the
 * customer never sees them, authored by whoever acted (the escalating agent, or the add-on's user for a policy's
 * step) and written in that author's language by the caller: they are internal, read by agents only, so the
 * customer's (reporter's) language does not decide it; a functional hand-over leaves the issue unassigned for the team's queue and
 * says which team in such a note. These go through Jira's own storage, outside the add-on's transaction,
 * which is why the sweep only applies them after its firing committed (DeskActionDelivery). An update that
 * dispatches no event is not indexed by Jira, so the issue is reindexed here: otherwise the JSM queues
 * (searches of the index) would keep showing the old assignee.
 */
public class JiraRequestDesk implements RequestDesk, nl.mijnaansluiting.servicedesk.sla.RequestIndex {

    /** JSM's agent group on Data Center: restricted comments are visible to its members only. */
    static final String AGENTS_GROUP = "jira-servicedesk-users";
    private static final Logger LOG = LoggerFactory.getLogger(JiraRequestDesk.class);

    private final IssueManager issueManager;
    private final CommentManager commentManager;
    private final IssueIndexingService indexing;
    private final UserManager users;

    public JiraRequestDesk(IssueManager issueManager, CommentManager commentManager, IssueIndexingService indexing,
                           UserManager users) {
        this.issueManager = issueManager;
        this.commentManager = commentManager;
        this.indexing = indexing;
        this.users = users;
    }

    @Override
    public Optional<Request> request(String requestKey) {
        return issue(requestKey).map(issue -> new Request(issue.getSummary(),
                Optional.ofNullable(issue.getAssignee()).map(ApplicationUser::getUsername).orElse(null)));
    }

    @Override
    public void reassign(String requestKey, String team, String note, String author) {
        issue(requestKey).ifPresent(issue -> {
            ApplicationUser writer = user(author);
            issue.setAssignee(null);
            issueManager.updateIssue(writer, issue, EventDispatchOption.DO_NOT_DISPATCH, false);
            commentManager.create(issue, writer, note, AGENTS_GROUP, null, false);
            reIndex(issue);
        });
    }

    @Override
    public void internalComment(String requestKey, String text, String author) {
        issue(requestKey).ifPresent(issue -> {
            commentManager.create(issue, user(author), text, AGENTS_GROUP, null, false);
            reIndex(issue);
        });
    }

    /** The comment's author as Jira knows them; none (Jira shows "Anonymous") when there is no such user. */
    private ApplicationUser user(String username) {
        ApplicationUser user = username == null ? null : users.getUserByName(username);
        if (user == null && username != null) {
            LOG.warn("No Jira user '{}' to write an escalation comment as: written without an author", username);
        }
        return user;
    }

    /** Clocks re-planned or recalculated: the issues are not touched, but what Jira indexes of their SLA follows. */
    @Override
    public void reindex(java.util.Collection<String> requestKeys) {
        requestKeys.forEach(key -> issue(key).ifPresent(this::reIndex));
    }

    /**
     * The change is stored; an index that lags behind is repaired by Jira's next reindex of the issue, so a
     * failure here is logged and does not undo (or repeat) the change.
     */
    private void reIndex(MutableIssue issue) {
        try {
            indexing.reIndex(issue);
        } catch (Exception e) {
            LOG.warn("Issue {} changed by the add-on but not reindexed: {}", issue.getKey(), e.getMessage());
        }
    }

    private Optional<MutableIssue> issue(String key) {
        return Optional.ofNullable(issueManager.getIssueObject(key));
    }
}
