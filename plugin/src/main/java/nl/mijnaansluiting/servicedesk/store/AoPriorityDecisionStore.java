package nl.mijnaansluiting.servicedesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.DBParam;
import net.java.ao.Query;
import nl.mijnaansluiting.servicedesk.priority.PriorityDecision;
import nl.mijnaansluiting.servicedesk.priority.PriorityDecisionStore;
import nl.mijnaansluiting.servicedesk.text.Translated;

import java.util.Date;
import java.util.Optional;

/** Priority decisions in Active Objects, one row per request. */
public class AoPriorityDecisionStore implements PriorityDecisionStore {

    private final ActiveObjects ao;

    public AoPriorityDecisionStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<PriorityDecision> find(String requestKey) {
        PriorityDecisionEntity[] rows = ao.find(PriorityDecisionEntity.class, Query.select().where("REQUEST_KEY = ?", requestKey));
        if (rows.length == 0) {
            return Optional.empty();
        }
        return Optional.of(decision(rows[0]));
    }

    /** In chunks of 500 keys, so a long list stays within every database's limit on bound parameters. */
    @Override
    public java.util.Map<String, PriorityDecision> findAll(java.util.Collection<String> requestKeys) {
        java.util.Map<String, PriorityDecision> found = new java.util.HashMap<>();
        java.util.List<String> keys = new java.util.ArrayList<>(new java.util.LinkedHashSet<>(requestKeys));
        for (int from = 0; from < keys.size(); from += 500) {
            java.util.List<String> chunk = keys.subList(from, Math.min(keys.size(), from + 500));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            for (PriorityDecisionEntity row : ao.find(PriorityDecisionEntity.class,
                    Query.select().where("REQUEST_KEY IN (" + marks + ")", chunk.toArray()))) {
                found.put(row.getRequestKey(), decision(row));
            }
        }
        return found;
    }

    private static PriorityDecision decision(PriorityDecisionEntity row) {
        PriorityDecision.Override override = row.getManualLevel() == null ? null
                : new PriorityDecision.Override(row.getManualLevel(), row.getManualBy(), row.getManualAt().toInstant(),
                row.getManualReason());
        return new PriorityDecision(row.getRequestKey(), row.getSchemeKey(), row.getSchemeVersion(),
                row.getProduct(), row.getDerivedLevel(), row.getRule(),
                Translated.of(row.getExplanationNl(), row.getExplanationEn()), row.isSlaApplies(),
                row.getDerivedAt().toInstant(), override);
    }

    @Override
    public void save(PriorityDecision decision) {
        ao.executeInTransaction(() -> {
            PriorityDecisionEntity[] rows = ao.find(PriorityDecisionEntity.class,
                    Query.select().where("REQUEST_KEY = ?", decision.requestKey()));
            PriorityDecisionEntity row = rows.length > 0 ? rows[0] : ao.create(PriorityDecisionEntity.class,
                    new DBParam("REQUEST_KEY", decision.requestKey()),
                    new DBParam("SCHEME_KEY", decision.schemeKey()),
                    new DBParam("PRODUCT", decision.product()),
                    new DBParam("DERIVED_LEVEL", decision.derivedLevel()),
                    new DBParam("RULE", decision.rule()),
                    new DBParam("EXPLANATION_NL", decision.explanation().dutch()),
                    new DBParam("EXPLANATION_EN", decision.explanation().english()),
                    new DBParam("DERIVED_AT", Date.from(decision.derivedAt())));
            row.setSchemeKey(decision.schemeKey());
            row.setSchemeVersion(decision.schemeVersion());
            row.setProduct(decision.product());
            row.setDerivedLevel(decision.derivedLevel());
            row.setRule(decision.rule());
            row.setExplanationNl(decision.explanation().dutch());
            row.setExplanationEn(decision.explanation().english());
            row.setSlaApplies(decision.slaApplies());
            row.setDerivedAt(Date.from(decision.derivedAt()));
            PriorityDecision.Override override = decision.override().orElse(null);
            row.setManualLevel(override == null ? null : override.level());
            row.setManualBy(override == null ? null : override.by());
            row.setManualAt(override == null ? null : Date.from(override.at()));
            row.setManualReason(override == null ? null : override.reason());
            row.save();
            return null;
        });
    }
}
