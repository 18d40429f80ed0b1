package nl.mijnaansluiting.servicedesk.jira;

import nl.mijnaansluiting.servicedesk.access.CallerSource;
import nl.mijnaansluiting.servicedesk.queue.SlaQueue;
import nl.mijnaansluiting.servicedesk.queue.SlaState;
import nl.mijnaansluiting.servicedesk.text.Messages;

/** {@code issue in slaRunning()} or {@code issue in slaRunning("resolution")}: a goal (or any goal) RUNNING now ({@link SlaState#RUNNING}). */
public class SlaRunningFunction extends SlaStateFunction {

    public static final String NAME = "slaRunning";

    public SlaRunningFunction(SlaQueue queue, CallerSource callers, Messages messages) {
        super(NAME, SlaState.RUNNING, queue, callers, messages);
    }
}
