package nl.mijnaansluiting.servicedesk.queue;

import java.util.Optional;

/**
 * What an agent's queue or a JQL clause asks of the SLA: at most one {@link SlaCondition}, sorted by due moment
 * (of one goal, or the earliest of all goals), one page. Immutable; every {@code with...} gives a new query.
 */
public final class SlaQuery {

    /** A queue page, as JSM's. */
    public static final int PAGE_SIZE = 50;
    /** The most one page may hold (the field values of a JSM list page, the REST queue). */
    public static final int MAX_PAGE_SIZE = 500;
    /** The most requests one JQL function hands Jira (every match, not a page: see {@link #everyMatch()}). */
    public static final int MAX_MATCHES = 100_000;

    private final SlaCondition condition;
    private final String sortGoal;
    private final boolean descending;
    private final int offset;
    private final int limit;

    private SlaQuery(SlaCondition condition, String sortGoal, boolean descending, int offset, int limit) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset < 0: " + offset);
        }
        if (limit < 1 || limit > MAX_PAGE_SIZE && limit != MAX_MATCHES) {
            throw new IllegalArgumentException("limit must lie between 1 and " + MAX_PAGE_SIZE + ": " + limit);
        }
        this.condition = condition;
        this.sortGoal = sortGoal == null || sortGoal.isBlank() ? null : sortGoal;
        this.descending = descending;
        this.offset = offset;
        this.limit = limit;
    }

    /** Every request with clocks, earliest due first, first page. */
    public static SlaQuery all() {
        return new SlaQuery(null, null, false, 0, PAGE_SIZE);
    }

    public SlaQuery where(SlaCondition newCondition) {
        return new SlaQuery(newCondition, sortGoal, descending, offset, limit);
    }

    /** Sorted by the due moment of this goal (null: the earliest of the request's goals). */
    public SlaQuery sortedBy(String goal, boolean newDescending) {
        return new SlaQuery(condition, goal, newDescending, offset, limit);
    }

    public SlaQuery page(int newOffset, int newLimit) {
        return new SlaQuery(condition, sortGoal, descending, newOffset, newLimit);
    }

    /**
     * Every match (up to {@link #MAX_MATCHES}) from the first: what a JQL function gives Jira, which then pages
     * and sorts the search itself.
     */
    public SlaQuery everyMatch() {
        return new SlaQuery(condition, sortGoal, descending, 0, MAX_MATCHES);
    }

    public Optional<SlaCondition> condition() {
        return Optional.ofNullable(condition);
    }

    public Optional<String> sortGoal() {
        return Optional.ofNullable(sortGoal);
    }

    public boolean descending() {
        return descending;
    }

    public int offset() {
        return offset;
    }

    public int limit() {
        return limit;
    }
}
