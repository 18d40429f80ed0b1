package nl.mijnaansluiting.servicedesk.escalation;

import nl.mijnaansluiting.servicedesk.sla.ClockStore;
import nl.mijnaansluiting.servicedesk.text.Messages;
import nl.mijnaansluiting.servicedesk.text.Translated;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What an escalation does to a request, for a fired step and for an agent's "Escaleren": log it, change
 * the level, hand over, comment, and queue a notification per person. Called inside one transaction;
 * the log line comes first so a second firing fails before anything else is done. A fired step's
 * hand-over and comment are rows of that transaction ({@link DeskAction}), applied to the request after
 * commit; an agent's escalation, which never runs twice, comments directly. Mails are written per recipient, in
 * the recipient's language.
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
        Optional<Translated> stepComment = step.comment();
        // The log keeps the step's note as the policy says it in Dutch, as before; people read the comment and the
        // mails in their own language below.
        String comment = stepComment.map(Translated::dutch).orElse(null);
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
        // outside this transaction and would stay when the chunk rolls back and fires again. The comment is kept in
        // both languages: it is written in the language of the add-on's user, which is read when it is applied.
        step.reassignTo().ifPresent(team -> store.queueAction(DeskAction.queued(firingKey, requestKey, DeskAction.Kind.REASSIGN,
                team, now)));
        stepComment.ifPresent(note -> store.queueAction(DeskAction.queued(firingKey, requestKey, DeskAction.Kind.COMMENT,
                DeskAction.bilingual(Translated.of(messages.text(Messages.DUTCH, "ma.escalation.comment", note.dutch()),
                        messages.text(Messages.ENGLISH, "ma.escalation.comment", note.english()))), now)));
        if (!recipients.isEmpty()) {
            queue(requestKey, recipients, language -> step.repeats()
                    ? messages.text(language, "ma.escalation.mail.reminder", requestKey)
                    : messages.text(language, "ma.escalation.mail.step", requestKey,
                            messages.text(language, "ma.sla.metric." + stored.clock().metric()), share),
                    language -> body(language, requestKey, request, policy, after, stepComment.map(c -> c.in(language)).orElse(null)),
                    now);
        }
    }

    /**
     * An agent raised or lowered the level; whoever the policy names for the new level hears of it, each in their
     * own language. The internal comment is the agent's: authored by them, in their language ({@code language}),
     * as a comment they typed would be.
     */
    EscalationLevel manual(EscalationPolicy policy, String requestKey, int to, String reason, String explanation, String actor,
                           Locale language, Instant now) {
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
            Optional<EscalationPolicy.Reason> chosen = policy.reason(reason);
            java.util.function.Function<Locale, String> reasonName = in -> chosen.map(r -> r.name().in(in)).orElse(reason);
            desk.internalComment(requestKey, messages.text(language, "ma.escalation.comment.manual",
                    policy.level(to).in(language), reasonName.apply(language), explanation), actor);
            queue(requestKey, recipients, in -> messages.text(in, "ma.escalation.mail.manual", requestKey, policy.level(to).in(in),
                    reasonName.apply(in)), in -> body(in, requestKey, request, policy, to, explanation), now);
        }
        return level;
    }

    private String body(Locale language, String requestKey, Optional<RequestDesk.Request> request, EscalationPolicy policy, int level,
                        String text) {
        String summary = request.map(RequestDesk.Request::summary).orElse("");
        return messages.text(language, "ma.escalation.mail.body", requestKey, summary, policy.level(level).in(language),
                text == null ? "" : text);
    }

    /** One message per person, written in that person's language (their profile's). */
    private void queue(String requestKey, Map<String, StaffDirectory.Person> recipients,
                       java.util.function.Function<Locale, String> subject, java.util.function.Function<Locale, String> body,
                       Instant now) {
        recipients.values().forEach(person -> {
            Locale language = Messages.supported(person.language());
            store.queue(Notification.queued(requestKey, person.username(), person.email(), subject.apply(language),
                    body.apply(language), now));
        });
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
