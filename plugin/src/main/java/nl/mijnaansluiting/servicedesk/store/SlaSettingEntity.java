package nl.mijnaansluiting.servicedesk.store;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

import java.util.Date;

/** A calendar or goal set an admin saved, as JSON; REVISION grows with every save so nodes notice. */
@Table("SLA_SETTING")
public interface SlaSettingEntity extends Entity {

    @NotNull
    String getKind();

    void setKind(String kind);

    @NotNull
    String getSettingKey();

    void setSettingKey(String settingKey);

    /** "calendar:kantooruren": one row per setting. */
    @NotNull
    @Unique
    String getKindKey();

    void setKindKey(String kindKey);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getDefinition();

    void setDefinition(String definition);

    @NotNull
    String getUpdatedBy();

    void setUpdatedBy(String updatedBy);

    @NotNull
    Date getUpdatedAt();

    void setUpdatedAt(Date updatedAt);

    long getRevision();

    void setRevision(long revision);
}
