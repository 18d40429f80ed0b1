package nl.mijnaansluiting.servicedesk.escalation;

import nl.mijnaansluiting.servicedesk.text.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Applies the pending {@link DeskAction}s after their firing committed, oldest first, each once: one
 * transaction per action writes its receipt under the action's key (a second applier, another sandbox on
 * the same database, fails on that key and rolls back), hands it to the desk and removes the pending row.
 * A failure is logged and tried again later (1, 5, 15, 60 minutes, then hourly), given up (FAILED) after
 * {@link Retries#MAX_ATTEMPTS}. The escalation itself is in the log whatever happens here.
 *
 * <p>The policy's steps write as the add-on's user ({@link AddOnUser}), in that user's language.
 *
 * <p>In the sandbox the desk writes inside that transaction, so an action is applied exactly once. In Jira
 * the issue changes commit in Jira's own storage first; only if the add-on's commit then fails (the
 * database gone in that moment) is the action still pending and applied once more by the next run.
 */
public class DeskActionDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(DeskActionDelivery.class);
    static final int LIMIT = 500;

    private final EscalationStore store;
    private final RequestDesk desk;
    private final Clock clock;
    private final AddOnUser addOnUser;
    private final Messages messages;

    public DeskActionDelivery(EscalationStore store, RequestDesk desk, Clock clock, AddOnUser addOnUser, Messages messages) {
        this.store = store;
        this.desk = desk;
        this.clock = clock;
        this.addOnUser = addOnUser;
        this.messages = messages;
    }

    /**
     * Applies what is due, page by page until none is left (a sweep may leave more than a page: two actions
     * for each of a thousand firings); returns how many were applied.
     */
    public int apply() {
        Instant now = clock.instant();
        int applied = 0;
        AddOnUser.Voice voice = null;
        while (true) {
            List<DeskAction> page = store.applicableActions(now, LIMIT);
            if (voice == null && !page.isEmpty()) {
                // Read once a run: who the policy's steps write as, and in which language.
                voice = addOnUser.voice();
                if (!voice.exists()) {
                    LOG.warn("The add-on's user '{}' does not exist in Jira: escalation comments are written without an author."
                            + " Create the user, or choose another on the escalation page.", voice.username());
                }
            }
            int appliedHere = 0;
            for (DeskAction action : page) {
                appliedHere += apply(action, voice, now);
            }
            applied += appliedHere;
            // Failed ones wait for their next attempt (after now) and leave the query; stop when none is left, or
            // when a page brought no progress at all (the database refusing everything: the next run tries again).
            if (page.size() < LIMIT || appliedHere == 0) {
                return applied;
            }
        }
    }

    /** One action in its own transaction; 1 when it was applied, 0 when it failed (and waits for its next attempt). */
    private int apply(DeskAction action, AddOnUser.Voice voice, Instant now) {
        try {
            store.inTransaction(() -> {
                store.actionApplied(action, now);
                switch (action.kind()) {
                    case REASSIGN -> desk.reassign(action.requestKey(), action.text(),
                            messages.text(voice.language(), "ma.escalation.comment.reassigned", action.text()), voice.author());
                    case COMMENT -> desk.internalComment(action.requestKey(), action.textIn(voice.language()), voice.author());
                    default -> throw new IllegalStateException("unknown action " + action.kind());
                }
                return null;
            });
            return 1;
        } catch (RuntimeException e) {
            int attempts = action.attempts() + 1;
            Instant next = Retries.nextAttempt(attempts, now);
            String error = Retries.errorOf(e);
            try {
                store.actionFailed(action.id(), error, next);
            } catch (RuntimeException recordFailed) {
                // Another applier did it (its receipt is there), or the database is gone: it stays pending.
                LOG.debug("Could not record the failure of {}: {}", action.actionKey(), recordFailed.getMessage());
            }
            LOG.warn("Escalation action {} on {} not applied (attempt {}{}): {}", action.actionKey(), action.requestKey(), attempts,
                    next == null ? ", given up" : ", tried again at " + next, error);
            return 0;
        }
    }
}
