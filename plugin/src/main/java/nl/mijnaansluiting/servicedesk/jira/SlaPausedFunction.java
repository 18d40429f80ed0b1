package nl.mijnaansluiting.servicedesk.jira;

import nl.mijnaansluiting.servicedesk.access.CallerSource;
import nl.mijnaansluiting.servicedesk.queue.SlaQueue;
import nl.mijnaansluiting.servicedesk.queue.SlaState;
import nl.mijnaansluiting.servicedesk.text.Messages;

/** {@code issue in slaPaused()} or {@code issue in slaPaused("resolution")}: a goal (or any goal) PAUSED now ({@link SlaState#PAUSED}). */
public class SlaPausedFunction extends SlaStateFunction {

    public static final String NAME = "slaPaused";

    public SlaPausedFunction(SlaQueue queue, CallerSource callers, Messages messages) {
        super(NAME, SlaState.PAUSED, queue, callers, messages);
    }
}
