package nl.mijnaansluiting.servicedesk.sandbox.store;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A custom field of the sandbox's "Jira" (global, as Jira's are); a select list's answers one per line. */
@Table("SB_CUSTOM_FIELD")
public interface CustomFieldEntity extends Entity {

    @NotNull
    String getName();

    void setName(String name);

    @StringLength(StringLength.UNLIMITED)
    String getDescription();

    void setDescription(String description);

    @NotNull
    String getTypeKey();

    void setTypeKey(String typeKey);

    @StringLength(StringLength.UNLIMITED)
    String getOptions();

    void setOptions(String options);
}
