package nl.mijnaansluiting.servicedesk.queue;

/**
 * Where a goal stands, as a queue or JQL selects on it. Like JSM's own {@code breached()} and {@code running()}
 * these overlap: a clock still running past its target is both RUNNING and BREACHED.
 */
public enum SlaState {
    /** Past its target: stopped too late, or running or paused beyond the target. */
    BREACHED,
    /** Counting now (in or out of time). */
    RUNNING,
    /** Waiting for the customer: nothing counts. */
    PAUSED,
    /** Reached within its target. */
    MET
}
