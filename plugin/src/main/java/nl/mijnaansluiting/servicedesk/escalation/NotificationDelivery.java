package nl.mijnaansluiting.servicedesk.escalation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;

/**
 * Delivers the outbox: each pending notification is handed to the sender; a failure is logged and tried
 * again later (1, 5, 15, 60 minutes, then hourly), and given up after {@link Retries#MAX_ATTEMPTS}. The
 * escalation itself is already in the log whatever happens here.
 */
public class NotificationDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationDelivery.class);

    private final EscalationStore store;
    private final NotificationSender sender;
    private final Clock clock;

    public NotificationDelivery(EscalationStore store, NotificationSender sender, Clock clock) {
        this.store = store;
        this.sender = sender;
        this.clock = clock;
    }

    /** Sends what is due; returns how many were handed over. */
    public int deliver() {
        Instant now = clock.instant();
        int sent = 0;
        for (Notification notification : store.deliverable(now, 200)) {
            try {
                sender.send(notification);
                store.delivered(notification.id(), now);
                sent++;
            } catch (Exception e) {
                int attempts = notification.attempts() + 1;
                Instant next = Retries.nextAttempt(attempts, now);
                String error = Retries.errorOf(e);
                store.attemptFailed(notification.id(), error, next);
                LOG.warn("Notification {} to {} about {} failed (attempt {}{}): {}", notification.id(), notification.recipient(),
                        notification.requestKey(), attempts, next == null ? ", given up" : ", tried again at " + next, error);
            }
        }
        return sent;
    }
}
