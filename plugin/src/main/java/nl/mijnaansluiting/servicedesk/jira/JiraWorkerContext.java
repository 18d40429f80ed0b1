package nl.mijnaansluiting.servicedesk.jira;

import com.atlassian.jira.util.thread.JiraThreadLocalUtil;
import nl.mijnaansluiting.servicedesk.escalation.WorkerContext;

import java.util.function.Supplier;

/**
 * Jira's thread context around work on the add-on's own threads: {@code preCall()} before, {@code postCall}
 * in a finally block, as Jira asks of every plugin that starts threads (otherwise thread locals such as the
 * request cache and an open database transaction leak, and issues changed there may be indexed wrongly).
 */
public class JiraWorkerContext implements WorkerContext {

    /** What postCall logs to when the work left something behind (an open transaction). */
    private static final org.apache.log4j.Logger LOG = org.apache.log4j.Logger.getLogger(JiraWorkerContext.class);

    private final JiraThreadLocalUtil threadLocals;

    public JiraWorkerContext(JiraThreadLocalUtil threadLocals) {
        this.threadLocals = threadLocals;
    }

    @Override
    public <T> T call(Supplier<T> work) {
        threadLocals.preCall();
        try {
            return work.get();
        } finally {
            threadLocals.postCall(LOG);
        }
    }
}
