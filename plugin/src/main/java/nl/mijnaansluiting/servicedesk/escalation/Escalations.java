package nl.mijnaansluiting.servicedesk.escalation;

import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.error.FieldError;
import nl.mijnaansluiting.servicedesk.error.Problem;
import nl.mijnaansluiting.servicedesk.error.ProblemException;

import nl.mijnaansluiting.servicedesk.priority.PriorityDecision;
import nl.mijnaansluiting.servicedesk.priority.PriorityDecisions;
import nl.mijnaansluiting.servicedesk.sla.ClockStore;

import java.time.Clock;
import java.util.Optional;
import java.util.ArrayList;
import java.util.List;

/**
 * "Escaleren" and "De-escaleren" by an agent, and what agents see of a request's escalation: its level,
 * the reason and the log. Escalating needs one of the policy's reasons and a short explanation; wrong
 * input is refused, translated, and changes nothing.
 */
public class Escalations {

    public static final int EXPLANATION_MAX = 1000;

    /** The reason offered first when the derived and the hand-set priority differ (seed 004). */
    public static final String PRIORITY_MISMATCH = "prioriteitongelijkheid";

    /**
     * A request's escalation as agents see it: level, policy (null without one), the log, and the reason
     * to offer first ("prioriteitongelijkheid" when the priorities differ).
     */
    public record View(String requestKey, EscalationLevel current, EscalationPolicy policy, List<EscalationEntry> log,
                       String suggestedReason) {
    }

    private final EscalationPolicies policies;
    private final EscalationStore store;
    private final EscalationActions actions;
    private final PriorityDecisions decisions;
    private final ClockStore clocks;
    private final Clock clock;

    public Escalations(EscalationPolicies policies, EscalationStore store, EscalationActions actions,
                       PriorityDecisions decisions, ClockStore clocks, Clock clock) {
        this.policies = policies;
        this.store = store;
        this.actions = actions;
        this.decisions = decisions;
        this.clocks = clocks;
        this.clock = clock;
    }

    /** The scheme a request is measured by: its priority decision's, or else its clocks'. */
    public Optional<String> schemeOf(String requestKey) {
        Optional<String> decided = decisions.of(requestKey).map(PriorityDecision::schemeKey);
        if (decided.isPresent()) {
            return decided;
        }
        return clocks.of(requestKey).stream().map(c -> c.schemeKey().orElse(null)).filter(java.util.Objects::nonNull).findFirst();
    }

    /**
     * Raises the level one step with a reason of the policy (its key, or its name in Dutch or English, as a
     * select list on a transition screen gives it) and an explanation.
     */
    public EscalationLevel escalate(Caller caller, String requestKey, String reason, String explanation) {
        requireStaff(caller);
        EscalationPolicy policy = required(schemeOf(requestKey).orElse(null));
        String reasonKey = checkEscalation(requestKey, reason, explanation);
        return store.inTransaction(() -> {
            int level = store.level(requestKey).level();
            if (level >= policy.topLevel()) {
                throw new ProblemException(Problem.CONFLICT, "reason", "ma.escalation.error.at-top", policy.level(level).dutch());
            }
            return actions.manual(policy, requestKey, level + 1, reasonKey, explanation.trim(), caller.username(), caller.locale(),
                    clock.instant());
        });
    }

    /**
     * What "Escaleren" needs, checked without changing anything (the transition's validator): a policy, one
     * of its reasons, an explanation, and a level to go up to. Returns the reason's key.
     */
    public String checkEscalation(String requestKey, String reason, String explanation) {
        EscalationPolicy policy = required(schemeOf(requestKey).orElse(null));
        String given = reason == null ? "" : reason.trim();
        Optional<EscalationPolicy.Reason> chosen = policy.reasons().stream().filter(r -> r.key().equals(given)
                || r.name().dutch().equalsIgnoreCase(given) || r.name().english().equalsIgnoreCase(given)).findFirst();
        List<FieldError> errors = new ArrayList<>();
        if (given.isEmpty()) {
            errors.add(new FieldError("reason", "ma.escalation.error.reason-required"));
        } else if (chosen.isEmpty()) {
            errors.add(new FieldError("reason", "ma.escalation.error.unknown-reason", given));
        }
        explanation(explanation == null ? "" : explanation.trim(), errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalidForm(errors);
        }
        int level = store.level(requestKey).level();
        if (level >= policy.topLevel()) {
            throw new ProblemException(Problem.CONFLICT, "reason", "ma.escalation.error.at-top", policy.level(level).dutch());
        }
        return chosen.get().key();
    }

    /** Lowers the level one step, with an explanation. */
    public EscalationLevel deescalate(Caller caller, String requestKey, String explanation) {
        requireStaff(caller);
        EscalationPolicy policy = required(schemeOf(requestKey).orElse(null));
        checkDeescalation(requestKey, explanation);
        return store.inTransaction(() -> {
            int level = store.level(requestKey).level();
            if (level <= 0) {
                throw new ProblemException(Problem.CONFLICT, "explanation", "ma.escalation.error.at-bottom");
            }
            return actions.manual(policy, requestKey, level - 1, null, explanation.trim(), caller.username(), caller.locale(),
                    clock.instant());
        });
    }

    /** What "De-escaleren" needs, checked without changing anything: an explanation and a level to go down from. */
    public void checkDeescalation(String requestKey, String explanation) {
        required(schemeOf(requestKey).orElse(null));
        List<FieldError> errors = new ArrayList<>();
        explanation(explanation == null ? "" : explanation.trim(), errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalidForm(errors);
        }
        if (store.level(requestKey).level() <= 0) {
            throw new ProblemException(Problem.CONFLICT, "explanation", "ma.escalation.error.at-bottom");
        }
    }

    public View view(Caller caller, String requestKey) {
        requireStaff(caller);
        boolean mismatch = decisions.of(requestKey).map(PriorityDecision::mismatch).orElse(false);
        EscalationPolicy policy = policies.of(schemeOf(requestKey).orElse(null)).orElse(null);
        String suggested = mismatch && policy != null && policy.reason(PRIORITY_MISMATCH).isPresent() ? PRIORITY_MISMATCH : null;
        return new View(requestKey, store.level(requestKey), policy, store.logOf(requestKey), suggested);
    }

    /** The policy in force for a scheme. */
    public Optional<EscalationPolicy> policy(String schemeKey) {
        return policies.of(schemeKey);
    }

    /** Levels of many requests at once, for the queue. */
    public java.util.Map<String, EscalationLevel> levels(Caller caller, java.util.Collection<String> requestKeys) {
        requireStaff(caller);
        return store.levels(requestKeys);
    }

    private EscalationPolicy required(String schemeKey) {
        return policies.of(schemeKey).orElseThrow(() ->
                new ProblemException(Problem.CONFLICT, "scheme", "ma.escalation.error.no-policy", String.valueOf(schemeKey)));
    }

    private static void explanation(String text, List<FieldError> errors) {
        if (text.isEmpty()) {
            errors.add(new FieldError("explanation", "ma.escalation.error.explanation-required"));
        } else if (text.length() > EXPLANATION_MAX) {
            errors.add(new FieldError("explanation", "ma.form.error.too-long", EXPLANATION_MAX));
        }
    }

    private static void requireStaff(Caller caller) {
        if (caller == null || !caller.isStaff()) {
            throw ProblemException.forbidden("ma.error.staff-only");
        }
    }
}
