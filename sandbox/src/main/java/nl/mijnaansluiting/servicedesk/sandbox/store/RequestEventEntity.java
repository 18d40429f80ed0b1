package nl.mijnaansluiting.servicedesk.sandbox.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

import java.util.Date;

/**
 * One step in a sandbox request's life that the request itself does not keep (a status change, an assignment,
 * sharing, files added later): what its activity timeline shows. In Jira the change history has these.
 */
@Preload
@Table("SB_REQUEST_EVENT")
public interface RequestEventEntity extends Entity {

    @NotNull
    @Indexed
    String getRequestKey();

    void setRequestKey(String requestKey);

    @NotNull
    Date getCreatedAt();

    void setCreatedAt(Date createdAt);

    @NotNull
    String getActor();

    void setActor(String actor);

    /** {@code RequestEvent.Kind}'s name. */
    @NotNull
    String getKind();

    void setKind(String kind);

    /** The new status, the assignee, the file's name: a value, never text for people. */
    @StringLength(StringLength.UNLIMITED)
    String getDetail();

    void setDetail(String detail);
}
