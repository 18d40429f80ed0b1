package nl.mijnaansluiting.servicedesk.workflow;

import com.atlassian.jira.issue.Issue;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.FunctionProvider;
import com.opensymphony.workflow.WorkflowContext;
import com.opensymphony.workflow.WorkflowException;
import com.opensymphony.workflow.loader.ActionDescriptor;
import com.opensymphony.workflow.loader.WorkflowDescriptor;
import nl.mijnaansluiting.servicedesk.priority.PriorityDecision;
import nl.mijnaansluiting.servicedesk.priority.PriorityDecisions;
import nl.mijnaansluiting.servicedesk.sla.ClockEvent;
import nl.mijnaansluiting.servicedesk.sla.Goal;
import nl.mijnaansluiting.servicedesk.sla.RequestClocks;
import nl.mijnaansluiting.servicedesk.sla.RequestIndex;
import nl.mijnaansluiting.servicedesk.text.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Post-function "SLA-klok": on this transition, start, pause, resume, stop or reopen the chosen goals
 * (reaction, resolution, ...; all when none are named) of the issue's clocks. Configured per transition:
 * "Wachten op klant" pauses reaction and resolution, "In behandeling nemen" stops reaction, "Oplossen"
 * stops resolution and starts the RCA. The goals come from the issue's priority decision; an issue
 * without one (no priority scheme) has no clocks and is left alone.
 */
public class SlaClockFunction implements FunctionProvider {

    static final String ACTION = "clockAction";
    static final String METRICS = "metrics";
    /** For requests without a priority (questions): the scheme whose every-priority goals START starts. */
    static final String SCHEME = "scheme";
    private static final Logger LOG = LoggerFactory.getLogger(SlaClockFunction.class);

    private final RequestClocks clocks;
    private final PriorityDecisions decisions;
    private final Clock clock;
    private final RequestIndex index;

    private final nl.mijnaansluiting.servicedesk.availability.Outages outages;

    /**
     * @param index   reindexes the issue once its clocks are committed (issue 14)
     * @param outages the outage a resolving transition ends and a reopening one lets run on (seed 001)
     */
    public SlaClockFunction(RequestClocks clocks, PriorityDecisions decisions, Clock clock, RequestIndex index,
                            nl.mijnaansluiting.servicedesk.availability.Outages outages) {
        this.index = index;
        this.outages = outages;
        this.clocks = clocks;
        this.decisions = decisions;
        this.clock = clock;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void execute(Map transientVars, Map args, PropertySet ps) throws WorkflowException {
        Issue issue = (Issue) transientVars.get("issue");
        Optional<RequestClocks.ClockAction> action = action(PriorityFunctionConfig.text(args.get(ACTION)));
        if (issue == null || issue.getKey() == null || action.isEmpty()) {
            LOG.error("SLA clock function without a stored issue or with unknown action {}", args.get(ACTION));
            return;
        }
        Optional<PriorityDecision> decision = decisions.of(issue.getKey());
        if (decision.isEmpty()) {
            String scheme = PriorityFunctionConfig.text(args.get(SCHEME));
            if (!scheme.isEmpty()) {
                clocks.act(issue.getKey(), action.get(), metrics(PriorityFunctionConfig.text(args.get(METRICS))), scheme,
                        null, clock.instant(), cause(transientVars));
                index.reindex(List.of(issue.getKey()));
            }
            return;
        }
        if (!decision.get().slaApplies()) {
            return;
        }
        Set<String> metrics = metrics(PriorityFunctionConfig.text(args.get(METRICS)));
        // The transition that stops the resolution goal resolves the request: its outage, if any, ends.
        if (action.get() == RequestClocks.ClockAction.STOP && (metrics.isEmpty() || metrics.contains(Goal.RESOLUTION))) {
            outages.resolved(issue.getKey(), clock.instant());
        } else if (action.get() == RequestClocks.ClockAction.REOPEN) {
            outages.reopened(issue.getKey());
        }
        clocks.act(issue.getKey(), action.get(), metrics,
                decision.get().schemeKey(), decision.get().level(), clock.instant(), cause(transientVars));
        // The clocks are stored (their own transaction); what Jira indexes of the issue follows them, wherever the
        // admin placed this function among the transition's "Re-index" and "Store" steps.
        index.reindex(List.of(issue.getKey()));
    }

    /** The transition and whoever ran it, as OSWorkflow hands them to a function (its context's caller, the action's name). */
    @SuppressWarnings("rawtypes")
    static ClockEvent.Cause cause(Map transientVars) {
        Object context = transientVars.get("context");
        String caller = context instanceof WorkflowContext ? ((WorkflowContext) context).getCaller() : null;
        String transition = null;
        Object descriptor = transientVars.get("descriptor");
        Object actionId = transientVars.get("actionId");
        if (descriptor instanceof WorkflowDescriptor && actionId instanceof Integer) {
            ActionDescriptor taken = ((WorkflowDescriptor) descriptor).getAction((Integer) actionId);
            transition = taken == null ? null : taken.getName();
        }
        return ClockEvent.Cause.transition(caller, transition);
    }

    static Optional<RequestClocks.ClockAction> action(String text) {
        return Arrays.stream(RequestClocks.ClockAction.values()).filter(a -> a.name().equalsIgnoreCase(text)).findFirst();
    }

    static Set<String> metrics(String text) {
        return Arrays.stream(text.split("[,\\s]+")).map(m -> m.trim().toLowerCase(Locale.ROOT)).filter(m -> !m.isEmpty())
                .collect(Collectors.toSet());
    }

    /** Shown on the configuration screens: the action's name in the admin's language. */
    static String describe(Messages messages, Locale locale, String action, String metrics) {
        return messages.text(locale, "ma.workflow.sla.summary",
                action(action).map(a -> messages.text(locale, "ma.workflow.sla.action." + a.name().toLowerCase(Locale.ROOT)))
                        .orElse(action),
                metrics.isBlank() ? messages.text(locale, "ma.workflow.sla.all-goals") : metrics);
    }
}
