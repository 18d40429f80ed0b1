package nl.mijnaansluiting.servicedesk.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

import java.util.Date;

/**
 * A firing's hand-over or comment, written with the firing and applied to the request afterwards.
 * ACTION_KEY (firing key and kind) is unique: a firing writes each action once, and applying it writes
 * the applied row under the same key, so a second applier fails on it.
 */
@Preload
@Table("DESK_ACTION")
public interface DeskActionEntity extends Entity {

    @NotNull
    @Unique
    String getActionKey();

    void setActionKey(String actionKey);

    @NotNull
    @Indexed
    String getRequestKey();

    void setRequestKey(String requestKey);

    @NotNull
    String getKind();

    void setKind(String kind);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getText();

    void setText(String text);

    @NotNull
    String getState();

    void setState(String state);

    int getAttempts();

    void setAttempts(int attempts);

    @StringLength(StringLength.MAX_LENGTH)
    String getLastError();

    void setLastError(String lastError);

    /** When it is applied next; null once applied or given up: the applier's query uses this index. */
    @Indexed
    Date getNextAttempt();

    void setNextAttempt(Date nextAttempt);

    @NotNull
    Date getCreatedAt();

    void setCreatedAt(Date createdAt);

    Date getAppliedAt();

    void setAppliedAt(Date appliedAt);
}
