package nl.mijnaansluiting.servicedesk.jira;

import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.SingleMailQueueItem;
import nl.mijnaansluiting.servicedesk.escalation.Notification;
import nl.mijnaansluiting.servicedesk.escalation.NotificationSender;

/** Hands a notification to Jira's outgoing mail queue; a person without an e-mail address is an error the outbox retries. */
public class JiraMailSender implements NotificationSender {

    private final MailQueue mailQueue;

    public JiraMailSender(MailQueue mailQueue) {
        this.mailQueue = mailQueue;
    }

    @Override
    public void send(Notification notification) {
        String to = notification.email().filter(e -> !e.isBlank())
                .orElseThrow(() -> new IllegalStateException(notification.recipient() + " has no e-mail address"));
        mailQueue.addItem(new SingleMailQueueItem(new Email(to).setSubject(notification.subject()).setBody(notification.body())));
    }
}
