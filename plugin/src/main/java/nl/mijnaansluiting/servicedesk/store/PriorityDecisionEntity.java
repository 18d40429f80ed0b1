package nl.mijnaansluiting.servicedesk.store;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

import java.util.Date;

/** The priority decision of one request: derived from the answers, and a hand-set level if an agent set one. */
@Table("PRIORITY_DECISION")
public interface PriorityDecisionEntity extends Entity {

    @NotNull
    @Unique
    String getRequestKey();

    void setRequestKey(String requestKey);

    @NotNull
    String getSchemeKey();

    void setSchemeKey(String schemeKey);

    int getSchemeVersion();

    void setSchemeVersion(int schemeVersion);

    @NotNull
    String getProduct();

    void setProduct(String product);

    @NotNull
    String getDerivedLevel();

    void setDerivedLevel(String derivedLevel);

    @NotNull
    String getRule();

    void setRule(String rule);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getExplanationNl();

    void setExplanationNl(String explanationNl);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getExplanationEn();

    void setExplanationEn(String explanationEn);

    boolean isSlaApplies();

    void setSlaApplies(boolean slaApplies);

    @NotNull
    Date getDerivedAt();

    void setDerivedAt(Date derivedAt);

    String getManualLevel();

    void setManualLevel(String manualLevel);

    String getManualBy();

    void setManualBy(String manualBy);

    Date getManualAt();

    void setManualAt(Date manualAt);

    @StringLength(StringLength.UNLIMITED)
    String getManualReason();

    void setManualReason(String manualReason);
}
