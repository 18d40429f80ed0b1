package nl.mijnaansluiting.servicedesk.sla;

import java.util.Objects;

/**
 * One SLA goal of a scheme: for requests of one priority, one metric (reaction, resolution, ...) must be
 * met within a target of working time on a calendar, for at least the norm's share of requests a month.
 * Goals whose numbers we do not have from a contract are marked as examples, for admins to replace.
 */
public final class Goal {

    /** The metrics the seeds ask for. */
    public static final String REACTION = "reaction";
    public static final String RESOLUTION = "resolution";
    /** Report of a data breach to the Autoriteit Persoonsgegevens: 72 clock hours (seed 000). */
    public static final String AP_REPORT = "ap-report";
    /** Root cause analysis of a Mitz Prio 1 incident: 5 working days after resolution (seed 002). */
    public static final String RCA = "rca";
    /**
     * Borger.dk's Major Incident Post Review Rapport, "ca. indenfor 14 dage efter Major incident er løst"
     * (seed 003): like the RCA, a goal that starts when the incident is resolved.
     */
    public static final String POST_REVIEW = "post-review";
    /** Answer to a question or complaint (seed 001: 2 working days, 80 %). */
    public static final String ANSWER = "answer";
    /**
     * The next status update of a major incident or calamiteit (seed 003: every hour within the
     * communication windows): a reminder that repeats, not a goal a report counts.
     */
    public static final String STATUS_UPDATE = "status-update";

    private final String priority;
    private final String metric;
    private final Target target;
    private final String calendarKey;
    private final int normPercent;
    private final boolean example;
    private final String onlyFor;

    /**
     * The {@code onlyFor} of a goal that runs only when an agent starts it: the RCA of a Mitz Prio 2, made
     * "op verzoek van VZVZ" (seed 002). Such a goal never starts by itself.
     */
    public static final String ON_REQUEST = "op-verzoek";

    /** Goals that follow the incident's resolution (RCA, post review) rather than run from creation. */
    public static boolean startsAtResolution(String metric) {
        return RCA.equals(metric) || POST_REVIEW.equals(metric);
    }

    /** True for a goal an agent starts (the RCA of a Mitz Prio 2 on VZVZ's request). */
    public boolean onRequest() {
        return ON_REQUEST.equals(onlyFor);
    }

    /** Every priority: for goals that hold whatever the priority (the 72 hours of a datalek). */
    public static final String ANY_PRIORITY = "*";

    public Goal(String priority, String metric, Target target, String calendarKey, int normPercent, boolean example) {
        this(priority, metric, target, calendarKey, normPercent, example, null);
    }

    /** @param onlyFor the kind of request the goal is for ("datalek", "question"), or null for every request */
    public Goal(String priority, String metric, Target target, String calendarKey, int normPercent, boolean example,
                String onlyFor) {
        this.priority = Objects.requireNonNull(priority, "priority");
        this.metric = Objects.requireNonNull(metric, "metric");
        this.target = Objects.requireNonNull(target, "target");
        this.calendarKey = Objects.requireNonNull(calendarKey, "calendarKey");
        if (normPercent < 1 || normPercent > 100) {
            throw new IllegalArgumentException("a norm is a percentage: " + normPercent);
        }
        this.normPercent = normPercent;
        this.example = example;
        this.onlyFor = onlyFor;
    }

    public java.util.Optional<String> onlyFor() {
        return java.util.Optional.ofNullable(onlyFor);
    }

    public boolean appliesTo(String priorityLevel) {
        return priority.equals(ANY_PRIORITY) || priority.equals(priorityLevel);
    }

    public String priority() {
        return priority;
    }

    public String metric() {
        return metric;
    }

    public Target target() {
        return target;
    }

    public String calendarKey() {
        return calendarKey;
    }

    public int normPercent() {
        return normPercent;
    }

    /** True for example values (Mijn Aansluiting's own numbers are in its DVO, which we do not have). */
    public boolean isExample() {
        return example;
    }
}
