package nl.mijnaansluiting.servicedesk.escalation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Delivers the outbox: each pending notification is handed to the sender; a failure is logged and tried
 * again later (1, 5, 15, 60 minutes, then hourly), and given up after {@link #MAX_ATTEMPTS}. The
 * escalation itself is already in the log whatever happens here.
 */
public class NotificationDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationDelivery.class);
    public static final int MAX_ATTEMPTS = 10;
    private static final List<Duration> BACKOFF = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(15), Duration.ofMinutes(60));

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
                Instant next = attempts >= MAX_ATTEMPTS ? null
                        : now.plus(BACKOFF.get(Math.min(attempts, BACKOFF.size()) - 1));
                String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                store.attemptFailed(notification.id(), error.length() > 450 ? error.substring(0, 450) : error, next);
                LOG.warn("Notification {} to {} about {} failed (attempt {}{}): {}", notification.id(), notification.recipient(),
                        notification.requestKey(), attempts, next == null ? ", given up" : ", tried again at " + next, error);
            }
        }
        return sent;
    }
}
