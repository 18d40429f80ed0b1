package nl.mijnaansluiting.servicedesk.sandbox;

import nl.mijnaansluiting.servicedesk.escalation.Notification;
import nl.mijnaansluiting.servicedesk.escalation.NotificationSender;

/**
 * The sandbox's mail: nothing leaves the machine. A notification handed over stays in the add-on's
 * outbox with its delivery state (the escalation admin page, GET /escalations/outbox), where the
 * sandbox's users read it. In Jira, JiraMailSender hands it to Jira's mail queue.
 */
public final class OutboxMail implements NotificationSender {

    @Override
    public void send(Notification notification) {
        // kept in the outbox; see the class comment
    }
}
