package nl.mijnaansluiting.servicedesk.jira;

import com.atlassian.jira.event.type.EventDispatchOption;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.index.IndexException;
import com.atlassian.jira.issue.index.IssueIndexingService;
import org.junit.Test;
import org.mockito.InOrder;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** Escalation's changes to a JSM issue: stored without an event, then reindexed so the queues see them. */
public class JiraRequestDeskTest {

    private final IssueManager issues = mock(IssueManager.class);
    private final CommentManager comments = mock(CommentManager.class);
    private final IssueIndexingService indexing = mock(IssueIndexingService.class);
    private final MutableIssue issue = mock(MutableIssue.class);
    private final JiraRequestDesk desk = new JiraRequestDesk(issues, comments, indexing);

    @Test
    public void aHandOverUnassignsStoresCommentsAndThenReindexesTheIssue() throws Exception {
        when(issues.getIssueObject("MA-7")).thenReturn(issue);
        desk.reassign("MA-7", "2nd-level-support");
        InOrder order = inOrder(issue, issues, comments, indexing);
        order.verify(issue).setAssignee(null);
        order.verify(issues).updateIssue(isNull(), eq(issue), eq(EventDispatchOption.DO_NOT_DISPATCH), eq(false));
        order.verify(comments).create(eq(issue), isNull(), eq("[Escalatie] Overgedragen aan 2nd-level-support."),
                eq(JiraRequestDesk.AGENTS_GROUP), isNull(), eq(false));
        // Without an event Jira does not index the change: the JSM queue would keep the old assignee.
        order.verify(indexing).reIndex(issue);
    }

    @Test
    public void anInternalCommentIsRestrictedToAgentsAndReindexed() throws Exception {
        when(issues.getIssueObject("MA-7")).thenReturn(issue);
        desk.internalComment("MA-7", "[Escalatie] Te laat");
        InOrder order = inOrder(comments, indexing);
        order.verify(comments).create(issue, null, "[Escalatie] Te laat", JiraRequestDesk.AGENTS_GROUP, null, false);
        order.verify(indexing).reIndex(issue);
    }

    @Test
    public void aFailedReindexIsLoggedAndTheChangeStays() throws Exception {
        when(issues.getIssueObject("MA-7")).thenReturn(issue);
        doThrow(new IndexException()).when(indexing).reIndex(issue);
        desk.reassign("MA-7", "2nd-level-support");
        verify(issues).updateIssue(any(), eq(issue), any(), anyBoolean());
        verify(comments).create(eq(issue), any(), anyString(), anyString(), any(), anyBoolean());
    }

    @Test
    public void anIssueThatIsGoneIsLeftAlone() {
        desk.reassign("MA-404", "2nd-level-support");
        desk.internalComment("MA-404", "tekst");
        verifyNoInteractions(comments, indexing);
    }
}
