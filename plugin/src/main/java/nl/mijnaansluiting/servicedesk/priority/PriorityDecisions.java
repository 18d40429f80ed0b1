package nl.mijnaansluiting.servicedesk.priority;

import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.audit.AuditEvent;
import nl.mijnaansluiting.servicedesk.audit.AuditLog;
import nl.mijnaansluiting.servicedesk.error.ProblemException;
import nl.mijnaansluiting.servicedesk.text.Messages;
import nl.mijnaansluiting.servicedesk.text.Translated;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * Sets and keeps the priority of requests: derived from the answers by the scheme in force (on create,
 * and again when the answers change), unless an agent set it by hand: that level is kept, recorded
 * with who, when and why, and the difference with the derived level is visible (Prioriteitongelijkheid).
 * Used alike by the Jira post-function and by the sandbox.
 */
public class PriorityDecisions {

    public static final String AUDIT_SUBJECT = "request";
    public static final int REASON_MAX = 1000;

    private final PriorityDecisionStore store;
    private final PrioritySchemes schemes;
    private final Messages messages;
    private final AuditLog auditLog;
    private final Clock clock;
    private final PriorityListener listener;

    public PriorityDecisions(PriorityDecisionStore store, PrioritySchemes schemes, Messages messages, AuditLog auditLog,
                             Clock clock, PriorityListener listener) {
        this.listener = listener;
        this.store = store;
        this.schemes = schemes;
        this.messages = messages;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public Optional<PriorityDecision> of(String requestKey) {
        return store.find(requestKey);
    }

    /** The decisions of a list of requests, in one query: what a list page shows as each request's priority. */
    public Map<String, PriorityDecision> of(java.util.Collection<String> requestKeys) {
        return requestKeys.isEmpty() ? Map.of() : store.findAll(requestKeys);
    }

    /**
     * Evaluates the answers and stores the outcome; an agent's hand-set level stays in force. A wrong
     * answer or an unknown product is refused (naming the question) and nothing changes.
     */
    public PriorityDecision derive(String requestKey, String schemeKey, String product, Map<String, String> answers) {
        PrioritySchemes.Current current = schemes.current(schemeKey);
        Evaluation evaluation = current.scheme().evaluate(product, answers);
        Optional<PriorityDecision> before = store.find(requestKey);
        PriorityDecision decision = new PriorityDecision(requestKey, schemeKey, current.version(), product,
                evaluation.level(), evaluation.ruleId(),
                Translated.of(evaluation.explanation(messages, Messages.DUTCH), evaluation.explanation(messages, Messages.ENGLISH)),
                evaluation.slaApplies(), clock.instant(), before.flatMap(PriorityDecision::override).orElse(null));
        store.save(decision);
        before.ifPresent(b -> changed(b, decision, null));
        if (before.isPresent() && !before.get().derivedLevel().equals(decision.derivedLevel())) {
            auditLog.record(new AuditEvent(clock.instant(), "system", AUDIT_SUBJECT, requestKey, "priority.rederived",
                    before.get().derivedLevel() + " -> " + decision.derivedLevel()
                            + (decision.override().isPresent() ? " (" + decision.level() + " by hand)" : "")));
        }
        return decision;
    }

    /** An agent sets the level by hand, with a reason; it is kept until the agent lets the answers decide again. */
    public PriorityDecision setByHand(Caller agent, String requestKey, String level, String reason) {
        requireStaff(agent);
        PriorityDecision decision = store.find(requestKey)
                .orElseThrow(() -> ProblemException.notFound("ma.priority.error.no-decision", requestKey));
        PriorityScheme scheme = schemes.find(decision.schemeKey());
        if (level == null || scheme.levels().stream().noneMatch(l -> l.key().equals(level))) {
            throw ProblemException.badInput("priority", "ma.priority.error.unknown-level", level);
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw ProblemException.badInput("reason", "ma.priority.error.override-reason");
        }
        if (why.length() > REASON_MAX) {
            throw ProblemException.badInput("reason", "ma.form.error.too-long", REASON_MAX);
        }
        PriorityDecision changed = decision.withOverride(new PriorityDecision.Override(level, agent.username(),
                clock.instant(), why));
        store.save(changed);
        changed(decision, changed, agent.username());
        auditLog.record(new AuditEvent(clock.instant(), agent.username(), AUDIT_SUBJECT, requestKey, "priority.set-by-hand",
                decision.level() + " -> " + level + " (" + messages.text(Messages.DUTCH, "ma.priority.derived-was",
                        decision.derivedLevel()) + "): " + why));
        return changed;
    }

    /**
     * Records a level someone set outside this add-on (an agent changing the Jira priority field), noticed
     * when the answers are evaluated again; {@code by} is whoever ran that transition.
     */
    public PriorityDecision noticeSetByHand(String requestKey, String level, String by, String reason) {
        PriorityDecision decision = store.find(requestKey)
                .orElseThrow(() -> ProblemException.notFound("ma.priority.error.no-decision", requestKey));
        if (decision.override().map(o -> o.level().equals(level)).orElse(false)) {
            return decision;
        }
        PriorityDecision changed = decision.withOverride(new PriorityDecision.Override(level, by, clock.instant(), reason));
        store.save(changed);
        changed(decision, changed, by);
        auditLog.record(new AuditEvent(clock.instant(), by, AUDIT_SUBJECT, requestKey, "priority.set-by-hand",
                decision.level() + " -> " + level + ": " + reason));
        return changed;
    }

    /** The levels an agent can choose from for this request: those of its scheme as it is now. */
    public java.util.List<PriorityScheme.Level> levels(PriorityDecision decision) {
        return schemes.find(decision.schemeKey()).levels();
    }

    /** Drops the hand-set level: the derived one is in force again. */
    public PriorityDecision letAnswersDecide(Caller agent, String requestKey) {
        requireStaff(agent);
        PriorityDecision decision = store.find(requestKey)
                .orElseThrow(() -> ProblemException.notFound("ma.priority.error.no-decision", requestKey));
        if (decision.override().isEmpty()) {
            throw ProblemException.notFound("ma.priority.error.no-override", requestKey);
        }
        PriorityDecision changed = decision.withOverride(null);
        store.save(changed);
        changed(decision, changed, agent.username());
        auditLog.record(new AuditEvent(clock.instant(), agent.username(), AUDIT_SUBJECT, requestKey, "priority.derived-again",
                decision.level() + " -> " + changed.level()));
        return changed;
    }

    /** @param by who changed it (null: the answers, evaluated again) */
    private void changed(PriorityDecision before, PriorityDecision after, String by) {
        if (!before.level().equals(after.level())) {
            listener.priorityChanged(after.requestKey(), after.schemeKey(), after.level(), clock.instant(), by);
        }
    }

    private static void requireStaff(Caller caller) {
        if (caller == null || !caller.isStaff()) {
            throw ProblemException.forbidden("ma.error.staff-only");
        }
    }
}
