package nl.mijnaansluiting.servicedesk.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

import java.util.Date;

/** A stored {@link nl.mijnaansluiting.servicedesk.availability.Outage}; a month's report reads it by start and end. */
@Preload
@Table("OUTAGE")
public interface OutageEntity extends Entity {

    @NotNull
    @Unique
    String getRequestKey();

    void setRequestKey(String requestKey);

    @NotNull
    String getSchemeKey();

    void setSchemeKey(String schemeKey);

    @NotNull
    String getProduct();

    void setProduct(String product);

    @NotNull
    @Indexed
    Date getStartedAt();

    void setStartedAt(Date startedAt);

    /** Null while the request is open. */
    @Indexed
    Date getEndedAt();

    void setEndedAt(Date endedAt);
}
