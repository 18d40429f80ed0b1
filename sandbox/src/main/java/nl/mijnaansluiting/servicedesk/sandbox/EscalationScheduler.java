package nl.mijnaansluiting.servicedesk.sandbox;

import nl.mijnaansluiting.servicedesk.escalation.DeskActionDelivery;
import nl.mijnaansluiting.servicedesk.escalation.EscalationSweep;
import nl.mijnaansluiting.servicedesk.escalation.NotificationDelivery;
import nl.mijnaansluiting.servicedesk.sla.ClockReplanning;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The sandbox's stand-in for Jira's scheduler: re-plans clocks after configuration changes, runs the escalation sweep, applies its actions to the
 * requests, and then the outbox delivery
 * every interval (a minute by default), one run at a time. It takes no lock across processes: two
 * sandboxes on one database still fire each step once, because the log's unique firing key decides.
 */
final class EscalationScheduler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EscalationScheduler.class);

    private final ScheduledExecutorService executor;

    EscalationScheduler(ClockReplanning replanning, EscalationSweep sweep, DeskActionDelivery deskActions, NotificationDelivery delivery,
                        Duration every) {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "escalation-sweep");
            thread.setDaemon(true);
            return thread;
        });
        long millis = Math.max(100, every.toMillis());
        executor.scheduleWithFixedDelay(() -> {
            try {
                try {
                    replanning.run();
                } catch (RuntimeException e) {
                    // Tried again next run; the sweep goes on regardless.
                    LOG.warn("Re-planning clocks failed: {}", e.getMessage());
                }
                sweep.sweep();
                deskActions.apply();
                delivery.deliver();
            } catch (RuntimeException e) {
                // The next run tries again; a failing run must not end the schedule.
                LOG.warn("Escalation sweep failed: {}", e.getMessage());
            }
        }, millis, millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
