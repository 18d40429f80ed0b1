package nl.mijnaansluiting.servicedesk.sandbox.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A request type of the sandbox's service project, as JSM keeps one (in Jira, JSM's own tables). */
@Table("SB_REQUEST_TYPE")
public interface RequestTypeEntity extends Entity {

    @NotNull
    @Indexed
    String getProjectKey();

    void setProjectKey(String projectKey);

    @NotNull
    String getName();

    void setName(String name);

    @StringLength(StringLength.UNLIMITED)
    String getDescription();

    void setDescription(String description);

    @StringLength(StringLength.UNLIMITED)
    String getHelpText();

    void setHelpText(String helpText);

    @NotNull
    String getIssueTypeId();

    void setIssueTypeId(String issueTypeId);

    /** The groups on its allowlist, one per line; empty: open to every customer. */
    @StringLength(StringLength.UNLIMITED)
    String getAllowedGroups();

    void setAllowedGroups(String allowedGroups);
}
