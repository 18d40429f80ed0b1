package nl.mijnaansluiting.servicedesk.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

import java.util.Date;

/** The outbox: a notification queued with its escalation, delivered afterwards with retries. */
@Preload
@Table("NOTIFICATION")
public interface NotificationEntity extends Entity {

    @NotNull
    @Indexed
    String getRequestKey();

    void setRequestKey(String requestKey);

    @NotNull
    String getRecipient();

    void setRecipient(String recipient);

    String getEmail();

    void setEmail(String email);

    @NotNull
    @StringLength(StringLength.MAX_LENGTH)
    String getSubject();

    void setSubject(String subject);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getBody();

    void setBody(String body);

    @NotNull
    String getState();

    void setState(String state);

    int getAttempts();

    void setAttempts(int attempts);

    @StringLength(StringLength.MAX_LENGTH)
    String getLastError();

    void setLastError(String lastError);

    /** When delivery is tried next; null once sent or given up: the delivery's query uses this index. */
    @Indexed
    Date getNextAttempt();

    void setNextAttempt(Date nextAttempt);

    @NotNull
    Date getCreatedAt();

    void setCreatedAt(Date createdAt);

    Date getSentAt();

    void setSentAt(Date sentAt);
}
