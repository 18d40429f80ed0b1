package nl.mijnaansluiting.servicedesk.jira;

import com.atlassian.jira.event.type.EventDispatchOption;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.issue.index.IndexException;
import com.atlassian.jira.issue.index.IssueIndexingService;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import org.junit.Before;
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

/**
 * Escalation's changes to a JSM issue: stored without an event, then reindexed so the queues see them; each comment
 * by whoever acted, in the text the caller wrote in that author's language.
 */
public class JiraRequestDeskTest {

    private final IssueManager issues = mock(IssueManager.class);
    private final CommentManager comments = mock(CommentManager.class);
    private final IssueIndexingService indexing = mock(IssueIndexingService.class);
    private final MutableIssue issue = mock(MutableIssue.class);
    private final UserManager users = mock(UserManager.class);
    private final ApplicationUser addOnUser = mock(ApplicationUser.class);
    private final ApplicationUser agent = mock(ApplicationUser.class);
    private final JiraRequestDesk desk = new JiraRequestDesk(issues, comments, indexing, users);

    @Before
    public void users() {
        when(users.getUserByName("ma-servicedesk-app")).thenReturn(addOnUser);
        when(users.getUserByName("agent")).thenReturn(agent);
    }

    @Test
    public void aHandOverUnassignsStoresTheNoteByItsAuthorAndThenReindexesTheIssue() throws Exception {
        when(issues.getIssueObject("MA-7")).thenReturn(issue);
        desk.reassign("MA-7", "2nd-level-support", "[Escalation] Handed over to 2nd-level-support.", "ma-servicedesk-app");
        InOrder order = inOrder(issue, issues, comments, indexing);
        order.verify(issue).setAssignee(null);
        order.verify(issues).updateIssue(eq(addOnUser), eq(issue), eq(EventDispatchOption.DO_NOT_DISPATCH), eq(false));
        // The note as the caller wrote it (in the add-on user's language), by that user: no Dutch of the adapter's own.
        order.verify(comments).create(eq(issue), eq(addOnUser), eq("[Escalation] Handed over to 2nd-level-support."),
                eq(JiraRequestDesk.AGENTS_GROUP), isNull(), eq(false));
        // Without an event Jira does not index the change: the JSM queue would keep the old assignee.
        order.verify(indexing).reIndex(issue);
    }

    @Test
    public void anInternalCommentIsTheActingAgentsRestrictedToAgentsAndReindexed() throws Exception {
        when(issues.getIssueObject("MA-7")).thenReturn(issue);
        desk.internalComment("MA-7", "[Escalation] Escalated to Service manager (Delay): late", "agent");
        InOrder order = inOrder(comments, indexing);
        order.verify(comments).create(issue, agent, "[Escalation] Escalated to Service manager (Delay): late",
                JiraRequestDesk.AGENTS_GROUP, null, false);
        order.verify(indexing).reIndex(issue);
    }

    @Test
    public void anAuthorJiraDoesNotKnowWritesWithoutAnAuthorRatherThanHoldingTheCommentBack() {
        when(issues.getIssueObject("MA-7")).thenReturn(issue);
        desk.internalComment("MA-7", "[Escalatie] Te laat", "weg");
        desk.internalComment("MA-7", "[Escalatie] Nog later", null);
        verify(comments).create(issue, null, "[Escalatie] Te laat", JiraRequestDesk.AGENTS_GROUP, null, false);
        verify(comments).create(issue, null, "[Escalatie] Nog later", JiraRequestDesk.AGENTS_GROUP, null, false);
    }

    @Test
    public void aFailedReindexIsLoggedAndTheChangeStays() throws Exception {
        when(issues.getIssueObject("MA-7")).thenReturn(issue);
        doThrow(new IndexException()).when(indexing).reIndex(issue);
        desk.reassign("MA-7", "2nd-level-support", "[Escalatie] Overgedragen aan 2nd-level-support.", "agent");
        verify(issues).updateIssue(any(), eq(issue), any(), anyBoolean());
        verify(comments).create(eq(issue), any(), anyString(), anyString(), any(), anyBoolean());
    }

    @Test
    public void anIssueThatIsGoneIsLeftAlone() {
        desk.reassign("MA-404", "2nd-level-support", "note", "agent");
        desk.internalComment("MA-404", "tekst", "agent");
        verifyNoInteractions(comments, indexing);
    }
}
