package nl.mijnaansluiting.servicedesk.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

import java.util.Date;

/** A stored {@link nl.mijnaansluiting.servicedesk.request.KeyUser}. */
@Preload
@Table("KEY_USER")
public interface KeyUserEntity extends Entity {

    @NotNull
    @Indexed
    String getOrganisationKey();

    void setOrganisationKey(String organisationKey);

    @NotNull
    String getUsername();

    void setUsername(String username);

    /** "organisation/username": unique, so one person is key-user of a deelnemer at most once, even under races. */
    @NotNull
    @Unique
    String getAppointment();

    void setAppointment(String appointment);

    @NotNull
    String getAddedBy();

    void setAddedBy(String addedBy);

    @NotNull
    Date getAddedAt();

    void setAddedAt(Date addedAt);
}
