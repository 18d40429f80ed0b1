package nl.mijnaansluiting.servicedesk.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

import java.util.Date;

/** A request's escalation level (0: the service desk); no row: never escalated. */
@Preload
@Table("REQUEST_ESCALATION")
public interface RequestEscalationEntity extends Entity {

    @NotNull
    @Unique
    String getRequestKey();

    void setRequestKey(String requestKey);

    int getLevel();

    void setLevel(int level);

    String getReason();

    void setReason(String reason);

    @NotNull
    Date getChangedAt();

    void setChangedAt(Date changedAt);
}
