package nl.mijnaansluiting.servicedesk.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

import java.util.Date;

/** A stored {@link nl.mijnaansluiting.servicedesk.sla.ReplanStore.Replan}: a change of configuration the clocks follow. */
@Preload
@Table("SLA_REPLAN")
public interface ReplanEntity extends Entity {

    @NotNull
    String getKind();

    void setKind(String kind);

    @NotNull
    String getSettingKey();

    void setSettingKey(String settingKey);

    @NotNull
    Date getChangedAt();

    void setChangedAt(Date changedAt);

    String getChangedBy();

    void setChangedBy(String changedBy);

    /** A calendar's definition before the change, JSON. */
    @StringLength(StringLength.UNLIMITED)
    String getCalendarBefore();

    void setCalendarBefore(String calendarBefore);

    @NotNull
    @Indexed
    String getStatus();

    void setStatus(String status);

    @NotNull
    Integer getTotal();

    void setTotal(Integer total);

    @NotNull
    Integer getDone();

    void setDone(Integer done);

    @NotNull
    Integer getChangedCount();

    void setChangedCount(Integer changedCount);

    @NotNull
    Integer getFailed();

    void setFailed(Integer failed);

    String getLastClockKey();

    void setLastClockKey(String lastClockKey);

    Date getFinishedAt();

    void setFinishedAt(Date finishedAt);
}
