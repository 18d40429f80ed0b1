package nl.mijnaansluiting.servicedesk.priority;

/** Told when the level in force of a request changes (set by hand, or derived again): the SLA goals follow. */
public interface PriorityListener {

    /** @param by who set the level (null: the answers, evaluated again) */
    void priorityChanged(String requestKey, String schemeKey, String level, java.time.Instant at, String by);
}
