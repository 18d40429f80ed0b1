package nl.mijnaansluiting.servicedesk.jira;

import nl.mijnaansluiting.servicedesk.access.CallerSource;
import nl.mijnaansluiting.servicedesk.queue.SlaQueue;
import nl.mijnaansluiting.servicedesk.queue.SlaState;
import nl.mijnaansluiting.servicedesk.text.Messages;

/** {@code issue in slaMet()} or {@code issue in slaMet("resolution")}: a goal (or any goal) MET now ({@link SlaState#MET}). */
public class SlaMetFunction extends SlaStateFunction {

    public static final String NAME = "slaMet";

    public SlaMetFunction(SlaQueue queue, CallerSource callers, Messages messages) {
        super(NAME, SlaState.MET, queue, callers, messages);
    }
}
