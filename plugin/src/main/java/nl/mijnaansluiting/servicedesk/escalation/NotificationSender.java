package nl.mijnaansluiting.servicedesk.escalation;

/** Port: hands one notification to the mail system (Jira's mail queue; the sandbox's outbox keeps it). */
public interface NotificationSender {

    /** Throws when it could not be handed over; the outbox tries again later. */
    void send(Notification notification) throws Exception;
}
