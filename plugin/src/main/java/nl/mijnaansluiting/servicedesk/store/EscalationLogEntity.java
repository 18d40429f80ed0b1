package nl.mijnaansluiting.servicedesk.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

import java.util.Date;

/**
 * One line of the escalation log. FIRING_KEY is unique: the database itself refuses a second firing of
 * the same (clock, step, round), whichever node or restart tries it. Agents' escalations have none.
 */
@Preload
@Table("ESCALATION_LOG")
public interface EscalationLogEntity extends Entity {

    @NotNull
    @Indexed
    String getRequestKey();

    void setRequestKey(String requestKey);

    @NotNull
    String getKind();

    void setKind(String kind);

    @Unique
    String getFiringKey();

    void setFiringKey(String firingKey);

    /** "request/metric" of the clock a step fired for, to find a clock's firings by index. */
    @Indexed
    String getClockKey();

    void setClockKey(String clockKey);

    String getMetric();

    void setMetric(String metric);

    int getSharePercent();

    void setSharePercent(int sharePercent);

    int getLevelBefore();

    void setLevelBefore(int levelBefore);

    int getLevelAfter();

    void setLevelAfter(int levelAfter);

    String getReason();

    void setReason(String reason);

    @StringLength(StringLength.UNLIMITED)
    String getExplanation();

    void setExplanation(String explanation);

    /** Usernames notified, comma-separated. */
    @StringLength(StringLength.UNLIMITED)
    String getNotified();

    void setNotified(String notified);

    String getReassignedTo();

    void setReassignedTo(String reassignedTo);

    @NotNull
    String getActor();

    void setActor(String actor);

    @NotNull
    Date getAt();

    void setAt(Date at);
}
