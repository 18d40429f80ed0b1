package nl.mijnaansluiting.servicedesk.jira;

import nl.mijnaansluiting.servicedesk.access.CallerSource;
import nl.mijnaansluiting.servicedesk.queue.SlaQueue;
import nl.mijnaansluiting.servicedesk.queue.SlaState;
import nl.mijnaansluiting.servicedesk.text.Messages;

/** {@code issue in slaBreached()} or {@code issue in slaBreached("resolution")}: a goal (or any goal) BREACHED now ({@link SlaState#BREACHED}). */
public class SlaBreachedFunction extends SlaStateFunction {

    public static final String NAME = "slaBreached";

    public SlaBreachedFunction(SlaQueue queue, CallerSource callers, Messages messages) {
        super(NAME, SlaState.BREACHED, queue, callers, messages);
    }
}
