package nl.mijnaansluiting.servicedesk.escalation;

import nl.mijnaansluiting.servicedesk.sla.ClockStore;
import nl.mijnaansluiting.servicedesk.text.Messages;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What an escalation does to a request, for a fired step and for an agent's "Escaleren": log it, change
 * the level, hand over, comment, and queue a notification per person. Called inside one transaction;
 * the log line comes first so a second firing fails before anything else is done. A fired step's
 * hand-over and comment are rows of that transaction ({@link DeskAction}), applied to the request after
 * commit; an agent's escalation, which never runs twice, comments directly.
 */
public class EscalationActions {

    private final EscalationPolicies policies;
    private final EscalationStore store;
    private final RequestDesk desk;
    private final StaffDirectory staff;
    private final Messages messages;

    public EscalationActions(EscalationPolicies policies, EscalationStore store, RequestDesk desk, StaffDirectory staff,
                             Messages messages) {
        this.policies = policies;
        this.store = store;
        this.desk = desk;
        this.staff = staff;
        this.messages = messages;
    }

    /**
     * One firing of a step (round 0, or the n-th status update).
     *
     * @param levels the levels of this transaction's requests, read once for a chunk and kept up to date here
     */
    void fire(ClockStore.StoredClock stored, EscalationStep step, int round, String firingKey, Instant now,
              Map<String, EscalationLevel> levels) {
        EscalationPolicy policy = policies.of(stored.schemeKey().orElseThrow()).orElseThrow();
        String requestKey = stored.requestKey();
        EscalationLevel before = levels.computeIfAbsent(requestKey, store::level);
        int after = step.raisesLevel() ? Math.min(before.level() + 1, policy.topLevel()) : before.level();
        Optional<RequestDesk.Request> request = step.recipients().isEmpty() ? Optional.empty() : desk.request(requestKey);
        Map<String, StaffDirectory.Person> recipients = recipients(policy, step.recipients(), step.groups(), request);
        String comment = step.comment().map(c -> c.dutch()).orElse(null);
        int share = (int) Math.round(step.shareAt(round) * 100);
        store.log(new EscalationEntry(requestKey, step.repeats() ? EscalationEntry.Kind.REMINDER : EscalationEntry.Kind.STEP,
                firingKey, stored.clock().metric(), share, before.level(), after, null, comment,
                List.copyOf(recipients.keySet()), step.reassignTo().orElse(null), EscalationEntry.SWEEP, now));
        if (after != before.level()) {
            EscalationLevel raised = new EscalationLevel(after, stored.clock().metric());
            store.setLevel(requestKey, raised, now);
            levels.put(requestKey, raised);
        }
        // The request itself changes after commit (DeskActionDelivery), once: in Jira an issue's changes are
        // outside this transaction and would stay when the chunk rolls back and fires again.
        step.reassignTo().ifPresent(team -> store.queueAction(DeskAction.queued(firingKey, requestKey, DeskAction.Kind.REASSIGN,
                team, now)));
        if (comment != null) {
            store.queueAction(DeskAction.queued(firingKey, requestKey, DeskAction.Kind.COMMENT,
                    messages.text(Messages.DUTCH, "ma.escalation.comment", comment), now));
        }
        String metricName = messages.text(Messages.DUTCH, "ma.sla.metric." + stored.clock().metric());
        String subject = step.repeats()
                ? messages.text(Messages.DUTCH, "ma.escalation.mail.reminder", requestKey)
                : messages.text(Messages.DUTCH, "ma.escalation.mail.step", requestKey, metricName, share);
        if (!recipients.isEmpty()) {
            queue(requestKey, recipients, subject, body(requestKey, request, policy, after, comment), now);
        }
    }

    /** An agent raised or lowered the level; whoever the policy names for the new level hears of it. */
    EscalationLevel manual(EscalationPolicy policy, String requestKey, int to, String reason, String explanation, String actor,
                           Instant now) {
        EscalationLevel before = store.level(requestKey);
        boolean up = to > before.level();
        Set<EscalationStep.Recipient> roles = !up ? Set.of()
                : to >= 2 ? Set.of(EscalationStep.Recipient.ASSIGNEE, EscalationStep.Recipient.FINAL_OWNER)
                : Set.of(EscalationStep.Recipient.ASSIGNEE, EscalationStep.Recipient.SERVICE_MANAGER);
        Optional<RequestDesk.Request> request = desk.request(requestKey);
        Map<String, StaffDirectory.Person> recipients = recipients(policy, roles, List.of(), request);
        recipients.remove(actor);
        store.log(new EscalationEntry(requestKey, up ? EscalationEntry.Kind.ESCALATED : EscalationEntry.Kind.DEESCALATED, null,
                null, 0, before.level(), to, reason, explanation, List.copyOf(recipients.keySet()), null, actor, now));
        EscalationLevel level = new EscalationLevel(to, to == 0 ? null : up ? reason : before.reason().orElse(null));
        store.setLevel(requestKey, level, now);
        if (up) {
            String reasonName = policy.reason(reason).map(r -> r.name().dutch()).orElse(reason);
            desk.internalComment(requestKey, messages.text(Messages.DUTCH, "ma.escalation.comment.manual",
                    policy.level(to).dutch(), reasonName, explanation));
            String subject = messages.text(Messages.DUTCH, "ma.escalation.mail.manual", requestKey, policy.level(to).dutch(),
                    reasonName);
            queue(requestKey, recipients, subject, body(requestKey, request, policy, to, explanation), now);
        }
        return level;
    }

    private String body(String requestKey, Optional<RequestDesk.Request> request, EscalationPolicy policy, int level, String text) {
        String summary = request.map(RequestDesk.Request::summary).orElse("");
        return messages.text(Messages.DUTCH, "ma.escalation.mail.body", requestKey, summary, policy.level(level).dutch(),
                text == null ? "" : text);
    }

    private void queue(String requestKey, Map<String, StaffDirectory.Person> recipients, String subject, String body,
                       Instant now) {
        recipients.values().forEach(person -> store.queue(
                Notification.queued(requestKey, person.username(), person.email(), subject, body, now)));
    }

    /**
     * The people a step names, each once: the assignee, the members of the service manager's and final
     * owner's groups, and the groups named. Nobody else: a datalek's details reach only them.
     */
    private Map<String, StaffDirectory.Person> recipients(EscalationPolicy policy, Set<EscalationStep.Recipient> roles,
                                                          List<String> groups, Optional<RequestDesk.Request> request) {
        Map<String, StaffDirectory.Person> people = new LinkedHashMap<>();
        for (EscalationStep.Recipient role : List.of(EscalationStep.Recipient.ASSIGNEE, EscalationStep.Recipient.SERVICE_MANAGER,
                EscalationStep.Recipient.FINAL_OWNER, EscalationStep.Recipient.GROUP)) {
            if (!roles.contains(role)) {
                continue;
            }
            if (role == EscalationStep.Recipient.ASSIGNEE) {
                request.flatMap(RequestDesk.Request::assignedTo).flatMap(staff::person)
                        .ifPresent(p -> people.putIfAbsent(p.username(), p));
            } else if (role == EscalationStep.Recipient.GROUP) {
                groups.forEach(g -> staff.members(g).forEach(p -> people.putIfAbsent(p.username(), p)));
            } else {
                policy.groupOf(role).ifPresent(g -> staff.members(g).forEach(p -> people.putIfAbsent(p.username(), p)));
            }
        }
        return people;
    }
}
