package nl.mijnaansluiting.servicedesk.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

import java.util.Date;

/**
 * A stored {@link nl.mijnaansluiting.servicedesk.sla.SlaClock}, indexed by when it next needs attention (the sweep),
 * when it stopped (the report), and for the queue (issue 14): by state and due moment ("due within 1 h"), by
 * breach moment ("breached") and per goal by its sort moment.
 */
@Preload
@Table("SLA_CLOCK")
@Indexes({
        @Index(name = "state_due", methodNames = {"getState", "getDueAt"}),
        @Index(name = "metric_sort", methodNames = {"getMetric", "getSortDue"})
})
public interface SlaClockEntity extends Entity {

    @NotNull
    @Indexed
    String getRequestKey();

    void setRequestKey(String requestKey);

    @NotNull
    String getMetric();

    void setMetric(String metric);

    /** "request/metric": one clock per goal per request. */
    @NotNull
    @Unique
    String getClockKey();

    void setClockKey(String clockKey);

    @NotNull
    String getCalendarKey();

    void setCalendarKey(String calendarKey);

    @NotNull
    Long getTargetSeconds();

    void setTargetSeconds(Long targetSeconds);

    @NotNull
    String getState();

    void setState(String state);

    @NotNull
    Long getUsedSeconds();

    void setUsedSeconds(Long usedSeconds);

    Date getRunningSince();

    void setRunningSince(Date runningSince);

    Date getDueAt();

    void setDueAt(Date dueAt);

    /** When a sweep must look at this clock next; null when it needs none (paused, met, breached). */
    @Indexed
    Date getNextAttention();

    void setNextAttention(Date nextAttention);

    /** The priority scheme whose goal this is (null for clocks stored before it was kept). */
    String getSchemeKey();

    void setSchemeKey(String schemeKey);

    /** The priority level whose goal set the target; null for goals of every priority. */
    String getPriority();

    void setPriority(String priority);

    /** When the goal was met or breached: the month a compliance report counts it in. */
    @Indexed
    Date getStoppedAt();

    void setStoppedAt(Date stoppedAt);

    /** A major incident's status rhythm ("PT1H/08:00", seed 003); null for a clock of working time. */
    String getStatusRhythm();

    void setStatusRhythm(String statusRhythm);
    /**
     * When the goal is or was overdue: the due moment of a running clock (a breach still to come), the moment
     * a stopped clock breached, a moment before any "now" for a paused clock past its target; null when it
     * cannot breach (met, or paused within target). "Breached at t" is {@code BREACH_AT <= t}: one indexed range.
     */
    @Indexed
    Date getBreachAt();

    void setBreachAt(Date breachAt);

    /** What "sorted by due" sorts on: the due moment while it runs, then paused, then met or breached (never null). */
    Date getSortDue();

    void setSortDue(Date sortDue);
}
