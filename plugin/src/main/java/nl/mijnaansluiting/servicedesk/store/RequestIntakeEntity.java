package nl.mijnaansluiting.servicedesk.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

import java.util.Date;

/** A request being raised whose decision and clocks are not written yet ({@link nl.mijnaansluiting.servicedesk.intake.IntakeStore}). */
@Preload
@Table("REQUEST_INTAKE")
public interface RequestIntakeEntity extends Entity {

    @NotNull
    @Unique
    String getRequestKey();

    void setRequestKey(String requestKey);

    /** The post-function's settings, as JSON: what the repair derives with. */
    @StringLength(StringLength.UNLIMITED)
    String getSettings();

    void setSettings(String settings);

    @NotNull
    @Indexed
    Date getBegunAt();

    void setBegunAt(Date begunAt);
}
