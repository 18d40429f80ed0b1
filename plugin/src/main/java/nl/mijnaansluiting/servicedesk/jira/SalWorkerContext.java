package nl.mijnaansluiting.servicedesk.jira;

import com.atlassian.sal.api.executor.ThreadLocalDelegateExecutorFactory;
import nl.mijnaansluiting.servicedesk.escalation.WorkerContext;

import java.util.concurrent.Callable;

/**
 * Jira's thread context on the sweep's worker threads through SAL: the task is wrapped on the scheduler's thread
 * and runs on the worker with that thread's context (Jira's thread locals set up and cleared, as
 * JiraThreadLocalUtil's preCall/postCall do). SAL's factory rather than JiraThreadLocalUtil itself: its signature
 * does not tie the plugin to a logging library Jira 10 may no longer export.
 */
public class SalWorkerContext implements WorkerContext {

    private final ThreadLocalDelegateExecutorFactory executors;

    public SalWorkerContext(ThreadLocalDelegateExecutorFactory executors) {
        this.executors = executors;
    }

    @Override
    public <T> Callable<T> handOver(Callable<T> task) {
        return executors.createCallable(task);
    }
}
