package nl.mijnaansluiting.servicedesk.sandbox.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

import java.util.Date;

/** A file attached to a sandbox request (in Jira, JSM keeps attachments itself). Content is Base64 text: H2 and PostgreSQL alike. */
@Table("SB_ATTACHMENT")
public interface AttachmentEntity extends Entity {

    @NotNull
    @Indexed
    String getRequestKey();

    void setRequestKey(String requestKey);

    @NotNull
    String getFieldKey();

    void setFieldKey(String fieldKey);

    @NotNull
    String getFileName();

    void setFileName(String fileName);

    @NotNull
    String getContentType();

    void setContentType(String contentType);

    int getSize();

    void setSize(int size);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getContent();

    void setContent(String content);

    @NotNull
    String getCreatedBy();

    void setCreatedBy(String createdBy);

    @NotNull
    Date getCreatedAt();

    void setCreatedAt(Date createdAt);
}
