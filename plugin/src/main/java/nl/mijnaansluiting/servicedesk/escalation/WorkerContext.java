package nl.mijnaansluiting.servicedesk.escalation;

import java.util.function.Supplier;

/**
 * Port: the host's thread context around work on a thread the add-on started (the sweep's workers). Jira
 * keeps per-thread state (the request cache, the indexing context, transactions) that a plain thread lacks
 * and must be set up and cleared around the work; the sandbox has none.
 */
public interface WorkerContext {

    /** Work that needs nothing around it. */
    WorkerContext PLAIN = new WorkerContext() {
        @Override
        public <T> T call(Supplier<T> work) {
            return work.get();
        }
    };

    /** Runs {@code work} on the current (worker) thread inside the host's context, cleared afterwards. */
    <T> T call(Supplier<T> work);
}
