package nl.mijnaansluiting.servicedesk.escalation;

import java.util.concurrent.Callable;

/**
 * Port: the host's thread context for work the add-on hands to a thread it started (the sweep's workers). Jira
 * keeps per-thread state (its thread locals, the signed-in user, the request cache, the indexing context) that a
 * plain thread lacks and that must be set up there and cleared afterwards; the sandbox has none.
 */
public interface WorkerContext {

    /** Work that needs nothing around it. */
    WorkerContext PLAIN = new WorkerContext() {
        @Override
        public <T> Callable<T> handOver(Callable<T> task) {
            return task;
        }
    };

    /**
     * Called on the thread that hands the work over: the task, made to run on the worker inside this thread's
     * host context, cleared when it is done.
     */
    <T> Callable<T> handOver(Callable<T> task);
}
