package nl.mijnaansluiting.servicedesk.workflow;

import com.atlassian.jira.event.type.EventDispatchOption;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import nl.mijnaansluiting.servicedesk.error.ProblemException;
import nl.mijnaansluiting.servicedesk.intake.IntakeStore;
import nl.mijnaansluiting.servicedesk.priority.PriorityDecision;
import nl.mijnaansluiting.servicedesk.priority.PriorityDecisions;
import nl.mijnaansluiting.servicedesk.priority.PrioritySchemes;
import nl.mijnaansluiting.servicedesk.priority.Product;
import nl.mijnaansluiting.servicedesk.request.RequestTemplate;
import nl.mijnaansluiting.servicedesk.sla.RequestClocks;
import nl.mijnaansluiting.servicedesk.sla.RequestIndex;
import nl.mijnaansluiting.servicedesk.text.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A request raised in JSM made whole by the add-on: the priority from the answers, its decision and the goals'
 * clocks, written in one transaction. JSM stores the issue before the post-function runs, so the post-function
 * first notes the request with its settings ({@link IntakeStore#begin}); the note goes in the same transaction as
 * the decision and clocks. A note left behind (a node that died, a database error between them) is repaired from
 * the issue's answers: when an agent views the issue ({@link #repair(String)}) and by the sweep
 * ({@link #repairPending()}). Issue 17, point 1.
 */
public class IssueIntake {

    private static final Logger LOG = LoggerFactory.getLogger(IssueIntake.class);
    /** A note younger than this may still be in its post-function's hands: the sweep leaves it. */
    static final Duration GRACE = Duration.ofMinutes(2);
    private static final int REPAIRS_PER_SWEEP = 200;

    private final PriorityDecisions decisions;
    private final PrioritySchemes schemes;
    private final CustomFieldManager customFields;
    private final IssueManager issues;
    private final JiraAuthenticationContext authentication;
    private final RequestClocks clocks;
    private final IntakeStore intakes;
    private final Messages messages;
    private final Clock clock;
    private final RequestIndex index;
    private final nl.mijnaansluiting.servicedesk.availability.Outages outages;

    /**
     * @param index   reindexes the issue once its clocks are committed (issue 14: the SLA field, JQL)
     * @param outages where a "niet beschikbaar" incident on Productie records its outage (seed 001; null: nowhere)
     */
    public IssueIntake(PriorityDecisions decisions, PrioritySchemes schemes, CustomFieldManager customFields,
                       IssueManager issues, JiraAuthenticationContext authentication, RequestClocks clocks,
                       IntakeStore intakes, Messages messages, Clock clock, RequestIndex index,
                       nl.mijnaansluiting.servicedesk.availability.Outages outages) {
        this.index = index;
        this.outages = outages;
        this.messages = messages;
        this.decisions = decisions;
        this.schemes = schemes;
        this.customFields = customFields;
        this.issues = issues;
        this.authentication = authentication;
        this.clocks = clocks;
        this.intakes = intakes;
        this.clock = clock;
    }

    /** The post-function's work: noted first, then decision, clocks and the note's removal in one transaction. */
    void derive(MutableIssue issue, Map<String, String> settings) {
        if (issue == null || issue.getKey() == null) {
            throw new IllegalStateException("no stored issue: place the post-function after \"Creates the issue originally\"");
        }
        intakes.begin(issue.getKey(), settings, clock.instant());
        PriorityFunctionConfig config = new PriorityFunctionConfig(settings);
        intakes.completeInOneTransaction(issue.getKey(), () -> {
            deriveNow(issue, config);
            return null;
        });
        // Committed: the clocks just started are what the SLA field and JQL show of the issue.
        index.reindex(List.of(issue.getKey()));
    }

    /** On view: a request whose post-function did not finish is completed now; true when it was repaired. */
    public boolean repair(String requestKey) {
        Optional<IntakeStore.PendingIntake> pending = intakes.pending(requestKey);
        return pending.isPresent() && repair(pending.get());
    }

    /** By the sweep: every note older than {@link #GRACE}; answers how many requests were repaired. */
    public int repairPending() {
        int repaired = 0;
        for (IntakeStore.PendingIntake pending : intakes.pendingBefore(clock.instant().minus(GRACE), REPAIRS_PER_SWEEP)) {
            if (repair(pending)) {
                repaired++;
            }
        }
        return repaired;
    }

    private boolean repair(IntakeStore.PendingIntake pending) {
        MutableIssue issue = issues.getIssueObject(pending.requestKey());
        if (issue == null) {
            // The issue's creation did not survive (or it was deleted): nothing to complete.
            intakes.drop(pending.requestKey());
            return false;
        }
        try {
            intakes.completeInOneTransaction(pending.requestKey(), () -> {
                deriveNow(issue, new PriorityFunctionConfig(pending.settings()));
                return null;
            });
            index.reindex(List.of(pending.requestKey()));
            LOG.warn("Request {} was found without its priority decision or clocks and has been repaired", pending.requestKey());
            return true;
        } catch (ProblemException | IllegalStateException e) {
            LOG.error("Request {} is still without its priority decision or clocks: {}", pending.requestKey(), e.getMessage());
            return false;
        }
    }

    private void deriveNow(MutableIssue issue, PriorityFunctionConfig config) {
        String productKey = product(issue, config);
        Product product = schemes.find(config.scheme).product(productKey)
                .orElseThrow(() -> ProblemException.notFound("ma.priority.error.unknown-product", productKey, config.scheme));
        Map<String, String> answers = new LinkedHashMap<>();
        config.fieldsFor(productKey).forEach((question, fieldId) -> {
            CustomField field = customFields.getCustomFieldObject(fieldId);
            if (field == null) {
                throw new IllegalStateException("custom field " + fieldId + " for question " + question + " does not exist");
            }
            String value = answer(issue.getCustomFieldValue(field));
            if (!value.isEmpty()) {
                answers.put(question, value);
            }
        });
        ApplicationUser user = authentication.getLoggedInUser();
        Optional<PriorityDecision> before = decisions.of(issue.getKey());
        String current = issue.getPriority() == null ? null : issue.getPriority().getId();
        if (before.isPresent() && current != null && !current.equals(config.levelPriorities.get(before.get().level()))) {
            // Someone changed the Jira priority since we set it: that is a hand-set level, and it stays.
            levelOf(current, config).ifPresent(level -> decisions.noticeSetByHand(issue.getKey(), level,
                    user == null ? "jira" : user.getUsername(), messages.text(Messages.DUTCH, "ma.workflow.priority.changed-in-jira")));
        }
        PriorityDecision decision = decisions.derive(issue.getKey(), config.scheme, productKey, product.answersByKey(answers));
        if (decision.slaApplies() && clocks.of(issue.getKey()).isEmpty()) {
            // The first derivation (on Create) starts the goals' clocks; only on Productie (seed 000).
            clocks.start(issue.getKey(), config.scheme, decision.level(),
                    RequestTemplate.SECURITY_INCIDENT.equals(productKey) ? "datalek" : "incident", clock.instant(),
                    nl.mijnaansluiting.servicedesk.sla.ClockEvent.Cause.transition(user == null ? null : user.getUsername(), null));
        }
        if (outages != null && outages.of(issue.getKey()).isEmpty()) {
            // The outage begins when the deelnemer says it did (the post-function's date-time field), else now.
            outages.raised(issue.getKey(), config.scheme, productKey, product.answersByKey(answers), decision.slaApplies(),
                    clock.instant(), outageStart(issue, config));
        }
        if (decision.override().isPresent()) {
            return;
        }
        String priorityId = config.levelPriorities.get(decision.level());
        if (priorityId == null) {
            throw new IllegalStateException("no Jira priority mapped to level " + decision.level());
        }
        if (!priorityId.equals(current)) {
            issue.setPriorityId(priorityId);
            issues.updateIssue(user, issue, EventDispatchOption.DO_NOT_DISPATCH, false);
        }
    }

    /** The stated start of the outage: a date-time field's value (Jira gives a Timestamp), or null. */
    private java.time.Instant outageStart(MutableIssue issue, PriorityFunctionConfig config) {
        if (config.outageStartField.isEmpty()) {
            return null;
        }
        CustomField field = customFields.getCustomFieldObject(config.outageStartField);
        Object value = field == null ? null : issue.getCustomFieldValue(field);
        return value instanceof java.util.Date ? ((java.util.Date) value).toInstant() : null;
    }

    private String product(MutableIssue issue, PriorityFunctionConfig config) {
        if (config.productField.isEmpty()) {
            return config.product;
        }
        CustomField field = customFields.getCustomFieldObject(config.productField);
        if (field == null) {
            throw new IllegalStateException("custom field " + config.productField + " for the product does not exist");
        }
        String value = answer(issue.getCustomFieldValue(field));
        return value.isEmpty() ? config.product : value;
    }

    private static Optional<String> levelOf(String priorityId, PriorityFunctionConfig config) {
        return config.levelPriorities.entrySet().stream().filter(e -> e.getValue().equals(priorityId))
                .map(Map.Entry::getKey).findFirst();
    }

    /** A field's value as an answer: a select list's option text, the first of several, a number or text. */
    static String answer(Object value) {
        if (value instanceof Collection) {
            Collection<?> values = (Collection<?>) value;
            return values.isEmpty() ? "" : answer(values.iterator().next());
        }
        if (value instanceof Option) {
            return ((Option) value).getValue() == null ? "" : ((Option) value).getValue().trim();
        }
        if (value instanceof Double && ((Double) value) == Math.rint((Double) value)) {
            return String.valueOf(((Double) value).longValue());
        }
        return value == null ? "" : value.toString().trim();
    }
}
