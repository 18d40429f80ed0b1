package nl.mijnaansluiting.servicedesk.sandbox.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

import java.util.Date;

/** A comment on a sandbox request. Host code only. */
@Preload
@Table("SB_COMMENT")
public interface CommentEntity extends Entity {

    @NotNull
    @Indexed
    String getRequestKey();

    void setRequestKey(String requestKey);

    @NotNull
    String getAuthor();

    void setAuthor(String author);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getBody();

    void setBody(String body);

    @NotNull
    Date getCreatedAt();

    void setCreatedAt(Date createdAt);

    /** Seen by agents only (escalation notes). */
    Boolean getInternal();

    void setInternal(Boolean internal);
}
