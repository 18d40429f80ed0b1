package nl.mijnaansluiting.servicedesk.escalation;

import nl.mijnaansluiting.servicedesk.text.Translated;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One step of an escalation policy: when a goal's clock reaches {@code sharePercent} of its target
 * (75: the warning, 100: breached, 150: well past it), for the metric and priorities named, do one or
 * more of: notify people, hand the request to another team (functional), raise the escalation level
 * (hierarchical), add an internal comment.
 */
public final class EscalationStep {

    /** Who a notification goes to. */
    public enum Recipient { ASSIGNEE, SERVICE_MANAGER, FINAL_OWNER, GROUP }

    private final String metric;
    private final Set<String> priorities;
    private final int sharePercent;
    private final Set<Recipient> notify;
    private final List<String> groups;
    private final String reassignTo;
    private final boolean raiseLevel;
    private final Translated comment;
    private final boolean repeat;

    public EscalationStep(String metric, Set<String> priorities, int sharePercent, Set<Recipient> notify, List<String> groups,
                          String reassignTo, boolean raiseLevel, Translated comment) {
        this(metric, priorities, sharePercent, notify, groups, reassignTo, raiseLevel, comment, false);
    }

    /** @param repeat fire again at every further multiple of the share (an hourly status update) */
    public EscalationStep(String metric, Set<String> priorities, int sharePercent, Set<Recipient> notify, List<String> groups,
                          String reassignTo, boolean raiseLevel, Translated comment, boolean repeat) {
        this.repeat = repeat;
        this.metric = Objects.requireNonNull(metric);
        this.priorities = Set.copyOf(priorities);
        this.sharePercent = sharePercent;
        this.notify = Set.copyOf(notify);
        this.groups = List.copyOf(groups);
        this.reassignTo = reassignTo;
        this.raiseLevel = raiseLevel;
        this.comment = comment;
    }

    public String metric() {
        return metric;
    }

    /** The priorities it applies to; empty: every priority. */
    public Set<String> priorities() {
        return priorities;
    }

    public boolean appliesTo(String goalMetric, String priority) {
        return metric.equals(goalMetric) && (priorities.isEmpty() || priorities.contains(priority));
    }

    public int sharePercent() {
        return sharePercent;
    }

    /** The share of the target as a fraction (0.75), as {@code SlaClock.momentAtShare} takes it. */
    public double share() {
        return sharePercent / 100.0;
    }

    public Set<Recipient> recipients() {
        return notify;
    }

    /** The groups notified when {@link Recipient#GROUP} is among the recipients. */
    public List<String> groups() {
        return groups;
    }

    public Optional<String> reassignTo() {
        return Optional.ofNullable(reassignTo);
    }

    public boolean raisesLevel() {
        return raiseLevel;
    }

    public Optional<Translated> comment() {
        return Optional.ofNullable(comment);
    }

    /** Fires again each time the clock uses another {@link #share()} of its target, while it runs. */
    public boolean repeats() {
        return repeat;
    }

    /**
     * What identifies the step in the escalation log, so it fires once per clock: the metric, the share and
     * the priorities. Changing those in a policy makes a new step, which fires again.
     */
    public String id() {
        return metric + "@" + sharePercent + (priorities.isEmpty() ? "" : "/" + String.join(",", new java.util.TreeSet<>(priorities)));
    }

    /** The share of the target at which firing {@code round} (0, 1, ...) is due; only a repeating step has rounds after 0. */
    public double shareAt(int round) {
        return share() * (repeat ? round + 1 : 1);
    }

    /** Does anything at all; a step that does nothing is refused. */
    boolean doesSomething() {
        return !notify.isEmpty() || reassignTo != null || raiseLevel || comment != null;
    }
}
