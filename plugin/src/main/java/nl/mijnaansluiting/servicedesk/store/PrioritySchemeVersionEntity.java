package nl.mijnaansluiting.servicedesk.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

import java.util.Date;

/** One saved version of a priority scheme; rows are only ever added. */
@Table("PRIORITY_SCHEME")
public interface PrioritySchemeVersionEntity extends Entity {

    @NotNull
    @Indexed
    String getSchemeKey();

    void setSchemeKey(String schemeKey);

    @NotNull
    int getVersion();

    void setVersion(int version);

    /** "mijn-aansluiting@3": unique, so two admins saving at once cannot both become version 3. */
    @NotNull
    @Unique
    String getSchemeVersion();

    void setSchemeVersion(String schemeVersion);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getDefinition();

    void setDefinition(String definition);

    @NotNull
    String getSavedBy();

    void setSavedBy(String savedBy);

    @NotNull
    Date getSavedAt();

    void setSavedAt(Date savedAt);

    @StringLength(StringLength.MAX_LENGTH)
    String getComment();

    void setComment(String comment);
}
