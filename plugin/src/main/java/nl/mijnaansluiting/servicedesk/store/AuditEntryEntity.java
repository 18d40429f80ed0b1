package nl.mijnaansluiting.servicedesk.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

import java.util.Date;

/** A stored {@link nl.mijnaansluiting.servicedesk.audit.AuditEvent}. Column names are Jira's (upper case). */
@Preload
@Table("AUDIT_ENTRY")
public interface AuditEntryEntity extends Entity {

    @NotNull
    @Indexed
    Date getOccurredAt();

    void setOccurredAt(Date occurredAt);

    @NotNull
    @Indexed
    String getActor();

    void setActor(String actor);

    @NotNull
    @Indexed
    String getSubjectType();

    void setSubjectType(String subjectType);

    @NotNull
    @Indexed
    String getSubjectKey();

    void setSubjectKey(String subjectKey);

    @NotNull
    @Indexed
    String getAction();

    void setAction(String action);

    @StringLength(StringLength.UNLIMITED)
    String getDetails();

    void setDetails(String details);
}
