package nl.mijnaansluiting.servicedesk.priority;

/** Told when the level in force of a request changes (set by hand, or derived again): the SLA goals follow. */
public interface PriorityListener {

    void priorityChanged(String requestKey, String schemeKey, String level, java.time.Instant at);
}
