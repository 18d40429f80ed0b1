package nl.mijnaansluiting.servicedesk.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

import java.util.Date;

/**
 * One row per request with clocks: its earliest sort moment over all goals, so a queue "sorted by due" reads
 * one indexed row per request instead of aggregating its clocks (issue 14). Kept by {@link AoClockStore#save}.
 */
@Preload
@Table("SLA_REQUEST")
public interface RequestSlaEntity extends Entity {

    @NotNull
    @Unique
    String getRequestKey();

    void setRequestKey(String requestKey);

    /** The earliest {@link SlaClockEntity#getSortDue()} of the request's clocks. */
    @NotNull
    @Indexed
    Date getSortDue();

    void setSortDue(Date sortDue);

    /** The earliest {@link SlaClockEntity#getBreachAt()}: "some goal breached at t" is {@code BREACH_AT <= t}. */
    @Indexed
    Date getBreachAt();

    void setBreachAt(Date breachAt);

    /** How many of its goals run, are paused, are met: "some goal running" without reading its clocks. */
    @NotNull
    Integer getRunning();

    void setRunning(Integer running);

    @NotNull
    Integer getPaused();

    void setPaused(Integer paused);

    @NotNull
    Integer getMet();

    void setMet(Integer met);
}
