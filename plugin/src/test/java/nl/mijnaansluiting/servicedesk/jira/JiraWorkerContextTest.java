package nl.mijnaansluiting.servicedesk.jira;

import com.atlassian.jira.util.thread.JiraThreadLocalUtil;
import org.junit.Test;
import org.mockito.InOrder;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.notNull;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/** Jira's thread locals around work on the add-on's own threads: set up before, cleared after, also on failure. */
public class JiraWorkerContextTest {

    private final JiraThreadLocalUtil threadLocals = mock(JiraThreadLocalUtil.class);
    private final JiraWorkerContext context = new JiraWorkerContext(threadLocals);

    @Test
    public void workRunsBetweenPreCallAndPostCall() {
        InOrder order = inOrder(threadLocals);
        assertEquals("done", context.call(() -> {
            order.verify(threadLocals).preCall();
            order.verify(threadLocals, never()).postCall(any());
            return "done";
        }));
        order.verify(threadLocals).postCall(notNull());
    }

    @Test
    public void theContextIsClearedWhenTheWorkFails() {
        try {
            context.call(() -> {
                throw new IllegalStateException("database gone");
            });
            fail("the failure went missing");
        } catch (IllegalStateException e) {
            assertEquals("database gone", e.getMessage());
        }
        verify(threadLocals).preCall();
        verify(threadLocals).postCall(notNull());
    }
}
