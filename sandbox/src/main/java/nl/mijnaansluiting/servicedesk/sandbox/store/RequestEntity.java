package nl.mijnaansluiting.servicedesk.sandbox.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

import java.util.Date;

/** The sandbox's stand-in for a JSM issue: a request raised from a template. Host code only. */
@Preload
@Table("SB_REQUEST")
public interface RequestEntity extends Entity {

    @Indexed
    String getRequestKey();

    void setRequestKey(String requestKey);

    @NotNull
    String getTemplateKey();

    void setTemplateKey(String templateKey);

    @NotNull
    String getOrganisationKey();

    void setOrganisationKey(String organisationKey);

    @NotNull
    @Indexed
    String getReporter();

    void setReporter(String reporter);

    @NotNull
    String getCreatedBy();

    void setCreatedBy(String createdBy);

    @NotNull
    String getSummary();

    void setSummary(String summary);

    @NotNull
    String getStatus();

    void setStatus(String status);

    /** The answers as a JSON object, exactly as typed. */
    @StringLength(StringLength.UNLIMITED)
    String getAnswers();

    void setAnswers(String answers);

    /** The priority level set from the answers; null for requests without a priority scheme. */
    String getPriority();

    void setPriority(String priority);

    @StringLength(StringLength.UNLIMITED)
    String getPriorityExplanationNl();

    void setPriorityExplanationNl(String explanation);

    @StringLength(StringLength.UNLIMITED)
    String getPriorityExplanationEn();

    void setPriorityExplanationEn(String explanation);

    Boolean getSlaApplies();

    void setSlaApplies(Boolean slaApplies);

    @NotNull
    Date getCreatedAt();

    void setCreatedAt(Date createdAt);

    /** The agent who took it. */
    String getAssignee();

    void setAssignee(String assignee);

    /** The team it was handed to by a functional escalation; null: the service desk. */
    String getTeam();

    void setTeam(String team);

    /** The reporter shared it with their organisation (JSM's "share with organisation"); null: not shared. */
    Boolean getShared();

    void setShared(Boolean shared);
}
