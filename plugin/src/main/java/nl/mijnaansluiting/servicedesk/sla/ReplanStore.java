package nl.mijnaansluiting.servicedesk.sla;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Port: the re-plans owed to running and paused clocks after a calendar or goal set changed, with their
 * progress, kept in Active Objects so every node sees them and a restart picks up where one stopped.
 */
public interface ReplanStore {

    /** Waiting for the next run, being worked through, or finished. */
    enum Status { WAITING, RUNNING, DONE }

    /**
     * One change of configuration and how far the clocks have followed it.
     *
     * @param kind    {@link SlaSettingsStore#CALENDAR} or {@link SlaSettingsStore#GOALS}
     * @param before  a calendar's definition before the change (JSON): what counted the time until then; null for goals
     * @param cursor  the last clock key handled (clocks are worked through in key order)
     * @param changed clocks whose due moment or target moved; {@code done} counts those that needed nothing too
     */
    record Replan(long id, String kind, String settingKey, Instant changedAt, String changedBy, String before, Status status,
                  int total, int done, int changed, int failed, String cursor, Instant finishedAt) {
    }

    /** Queues the re-plan of one change; returns its id. */
    long add(String kind, String settingKey, Instant changedAt, String changedBy, String before);

    /** The re-plans not yet finished, oldest first. */
    List<Replan> unfinished();

    /** The newest re-plans first, at most {@code limit}. */
    List<Replan> recent(int limit);

    Optional<Replan> find(long id);

    /**
     * Moves a re-plan on from {@code expectedCursor} (inside the chunk's transaction). False, changing nothing,
     * when another node moved it first: the chunk is theirs.
     */
    boolean advance(long id, String expectedCursor, String cursor, Status status, int total, int addDone, int addChanged,
                    int addFailed, Instant finishedAt);
}
