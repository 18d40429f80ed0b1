package nl.mijnaansluiting.servicedesk.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

import java.util.Date;

/**
 * A stored {@link nl.mijnaansluiting.servicedesk.sla.ClockEvent}: one step of one clock, never changed or
 * removed. The columns after the step repeat the clock's own, so the history reads without the clock table.
 */
@Preload
@Table("SLA_CLOCK_EVENT")
public interface SlaClockEventEntity extends Entity {

    @NotNull
    @Indexed
    String getRequestKey();

    void setRequestKey(String requestKey);

    @NotNull
    @Indexed
    String getClockKey();

    void setClockKey(String clockKey);

    @NotNull
    String getMetric();

    void setMetric(String metric);

    /** Unique per step: a re-plan's names its change and its clock, so a second node cannot write it again. */
    @NotNull
    @Unique
    String getEventKey();

    void setEventKey(String eventKey);

    @NotNull
    String getKind();

    void setKind(String kind);

    /** When the step took effect. */
    @NotNull
    Date getEffectiveAt();

    void setEffectiveAt(Date effectiveAt);

    /** When it was written (a re-plan is written after the change it follows). */
    @NotNull
    Date getRecordedAt();

    void setRecordedAt(Date recordedAt);

    @NotNull
    String getCauseType();

    void setCauseType(String causeType);

    String getActor();

    void setActor(String actor);

    String getDetail();

    void setDetail(String detail);

    String getStateBefore();

    void setStateBefore(String stateBefore);

    Date getDueBefore();

    void setDueBefore(Date dueBefore);

    Long getUsedBeforeSeconds();

    void setUsedBeforeSeconds(Long usedBeforeSeconds);

    @NotNull
    String getState();

    void setState(String state);

    @NotNull
    Long getUsedSeconds();

    void setUsedSeconds(Long usedSeconds);

    @NotNull
    Long getTargetSeconds();

    void setTargetSeconds(Long targetSeconds);

    Date getRunningSince();

    void setRunningSince(Date runningSince);

    Date getDueAt();

    void setDueAt(Date dueAt);

    Date getStoppedAt();

    void setStoppedAt(Date stoppedAt);

    @NotNull
    String getCalendarKey();

    void setCalendarKey(String calendarKey);

    String getSchemeKey();

    void setSchemeKey(String schemeKey);

    String getPriority();

    void setPriority(String priority);
}
