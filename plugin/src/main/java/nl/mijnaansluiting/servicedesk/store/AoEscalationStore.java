package nl.mijnaansluiting.servicedesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.DBParam;
import net.java.ao.Query;
import nl.mijnaansluiting.servicedesk.escalation.DeskAction;
import nl.mijnaansluiting.servicedesk.escalation.EscalationEntry;
import nl.mijnaansluiting.servicedesk.escalation.EscalationLevel;
import nl.mijnaansluiting.servicedesk.escalation.EscalationStore;
import nl.mijnaansluiting.servicedesk.escalation.Notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The escalation log, levels and outbox in Active Objects. */
public class AoEscalationStore implements EscalationStore {

    private static final String MANUAL = "manual:";

    private final ActiveObjects ao;

    public AoEscalationStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return ao.executeInTransaction(work::get);
    }

    @Override
    public Set<String> firedKeys(String clockKey) {
        Set<String> keys = new HashSet<>();
        for (EscalationLogEntity row : ao.find(EscalationLogEntity.class, Query.select().where("CLOCK_KEY = ?", clockKey))) {
            if (row.getFiringKey() != null) {
                keys.add(row.getFiringKey());
            }
        }
        return keys;
    }

    @Override
    public Map<String, Set<String>> firedKeys(Collection<String> clockKeys) {
        Map<String, Set<String>> keys = new HashMap<>();
        if (clockKeys.isEmpty()) {
            return keys;
        }
        String marks = clockKeys.stream().map(k -> "?").collect(Collectors.joining(","));
        for (EscalationLogEntity row : ao.find(EscalationLogEntity.class,
                Query.select().where("CLOCK_KEY IN (" + marks + ")", clockKeys.toArray()))) {
            keys.computeIfAbsent(row.getClockKey(), k -> new HashSet<>()).add(row.getFiringKey());
        }
        return keys;
    }

    @Override
    public void log(EscalationEntry entry) {
        Map<String, Object> values = new HashMap<>();
        values.put("REQUEST_KEY", entry.requestKey());
        values.put("KIND", entry.kind().name());
        values.put("ACTOR", entry.actor());
        values.put("AT", Date.from(entry.at()));
        if (entry.firingKey().isPresent()) {
            String key = entry.firingKey().get();
            values.put("FIRING_KEY", key);
            values.put("CLOCK_KEY", key.substring(0, key.indexOf('#')));
        } else {
            // AO makes a unique column NOT NULL: an agent's escalation gets a key no firing can have.
            values.put("FIRING_KEY", MANUAL + java.util.UUID.randomUUID());
        }
        values.put("SHARE_PERCENT", entry.sharePercent());
        values.put("LEVEL_BEFORE", entry.levelBefore());
        values.put("LEVEL_AFTER", entry.levelAfter());
        values.put("NOTIFIED", String.join(",", entry.notified()));
        entry.metric().ifPresent(metric -> values.put("METRIC", metric));
        entry.reason().ifPresent(reason -> values.put("REASON", reason));
        entry.explanation().ifPresent(text -> values.put("EXPLANATION", text));
        entry.reassignedTo().ifPresent(team -> values.put("REASSIGNED_TO", team));
        // One INSERT: the unique FIRING_KEY refuses a second firing right here.
        ao.create(EscalationLogEntity.class, values);
    }

    @Override
    public List<EscalationEntry> logOf(String requestKey) {
        return Arrays.stream(ao.find(EscalationLogEntity.class, Query.select().where("REQUEST_KEY = ?", requestKey).order("ID ASC")))
                .map(row -> new EscalationEntry(row.getRequestKey(), EscalationEntry.Kind.valueOf(row.getKind()),
                        row.getFiringKey().startsWith(MANUAL) ? null : row.getFiringKey(),
                        row.getMetric(), row.getSharePercent(), row.getLevelBefore(), row.getLevelAfter(), row.getReason(),
                        row.getExplanation(), row.getNotified() == null || row.getNotified().isEmpty() ? List.of()
                        : List.of(row.getNotified().split(",")), row.getReassignedTo(), row.getActor(), row.getAt().toInstant()))
                .collect(Collectors.toList());
    }

    @Override
    public EscalationLevel level(String requestKey) {
        RequestEscalationEntity[] rows = ao.find(RequestEscalationEntity.class, Query.select().where("REQUEST_KEY = ?", requestKey));
        return rows.length == 0 ? EscalationLevel.SERVICE_DESK : new EscalationLevel(rows[0].getLevel(), rows[0].getReason());
    }

    @Override
    public void setLevel(String requestKey, EscalationLevel level, Instant at) {
        ao.executeInTransaction(() -> {
            RequestEscalationEntity[] rows = ao.find(RequestEscalationEntity.class, Query.select().where("REQUEST_KEY = ?", requestKey));
            RequestEscalationEntity row = rows.length > 0 ? rows[0] : ao.create(RequestEscalationEntity.class,
                    new DBParam("REQUEST_KEY", requestKey), new DBParam("CHANGED_AT", Date.from(at)));
            row.setLevel(level.level());
            row.setReason(level.reason().orElse(null));
            row.setChangedAt(Date.from(at));
            row.save();
            return null;
        });
    }

    @Override
    public Map<String, EscalationLevel> levels(Collection<String> requestKeys) {
        Map<String, EscalationLevel> levels = new HashMap<>();
        List<String> keys = new ArrayList<>(requestKeys);
        // In slices, so the IN list stays within what every database takes.
        for (int from = 0; from < keys.size(); from += 500) {
            List<String> slice = keys.subList(from, Math.min(keys.size(), from + 500));
            String marks = slice.stream().map(k -> "?").collect(Collectors.joining(","));
            for (RequestEscalationEntity row : ao.find(RequestEscalationEntity.class,
                    Query.select().where("REQUEST_KEY IN (" + marks + ")", slice.toArray()))) {
                levels.put(row.getRequestKey(), new EscalationLevel(row.getLevel(), row.getReason()));
            }
        }
        return levels;
    }

    @Override
    public void queue(Notification notification) {
        Map<String, Object> values = new HashMap<>();
        values.put("REQUEST_KEY", notification.requestKey());
        values.put("RECIPIENT", notification.recipient());
        values.put("SUBJECT", notification.subject());
        values.put("BODY", notification.body());
        values.put("STATE", Notification.State.PENDING.name());
        values.put("CREATED_AT", Date.from(notification.createdAt()));
        values.put("NEXT_ATTEMPT", Date.from(notification.createdAt()));
        values.put("ATTEMPTS", 0);
        notification.email().ifPresent(email -> values.put("EMAIL", email));
        ao.create(NotificationEntity.class, values);
    }

    @Override
    public List<Notification> deliverable(Instant moment, int limit) {
        return toNotifications(ao.find(NotificationEntity.class, Query.select()
                .where("NEXT_ATTEMPT IS NOT NULL AND NEXT_ATTEMPT <= ?", Date.from(moment)).order("NEXT_ATTEMPT ASC, ID ASC")
                .limit(limit)));
    }

    @Override
    public void delivered(long id, Instant at) {
        change(id, row -> {
            row.setState(Notification.State.SENT.name());
            row.setAttempts(row.getAttempts() + 1);
            row.setSentAt(Date.from(at));
            row.setNextAttempt(null);
        });
    }

    @Override
    public void attemptFailed(long id, String error, Instant nextAttempt) {
        change(id, row -> {
            row.setAttempts(row.getAttempts() + 1);
            row.setLastError(error);
            row.setNextAttempt(nextAttempt == null ? null : Date.from(nextAttempt));
            row.setState((nextAttempt == null ? Notification.State.FAILED : Notification.State.PENDING).name());
        });
    }

    private void change(long id, java.util.function.Consumer<NotificationEntity> how) {
        ao.executeInTransaction(() -> {
            NotificationEntity row = ao.get(NotificationEntity.class, (int) id);
            if (row != null) {
                how.accept(row);
                row.save();
            }
            return null;
        });
    }

    @Override
    public List<Notification> outbox(int limit) {
        return toNotifications(ao.find(NotificationEntity.class, Query.select().order("ID DESC").limit(limit)));
    }

    @Override
    public List<Notification> notificationsOf(String requestKey) {
        return toNotifications(ao.find(NotificationEntity.class, Query.select().where("REQUEST_KEY = ?", requestKey).order("ID ASC")));
    }

    @Override
    public void queueAction(DeskAction action) {
        Map<String, Object> values = new HashMap<>();
        values.put("ACTION_KEY", action.actionKey());
        values.put("REQUEST_KEY", action.requestKey());
        values.put("KIND", action.kind().name());
        values.put("TEXT", action.text());
        values.put("STATE", DeskAction.State.PENDING.name());
        values.put("ATTEMPTS", 0);
        values.put("CREATED_AT", Date.from(action.createdAt()));
        values.put("NEXT_ATTEMPT", Date.from(action.createdAt()));
        // One INSERT: the unique ACTION_KEY refuses a second action of the same firing right here.
        ao.create(DeskActionEntity.class, values);
    }

    @Override
    public List<DeskAction> applicableActions(Instant moment, int limit) {
        return toActions(ao.find(DeskActionEntity.class, Query.select()
                .where("NEXT_ATTEMPT IS NOT NULL AND NEXT_ATTEMPT <= ?", Date.from(moment)).order("NEXT_ATTEMPT ASC, ID ASC")
                .limit(limit)));
    }

    @Override
    public void actionApplied(DeskAction action, Instant at) {
        ao.executeInTransaction(() -> {
            DeskActionEntity pending = ao.get(DeskActionEntity.class, (int) action.id());
            if (pending == null || !DeskAction.State.PENDING.name().equals(pending.getState())) {
                throw new IllegalStateException("action " + action.actionKey() + " was applied by another run");
            }
            Map<String, Object> values = new HashMap<>();
            values.put("ACTION_KEY", pending.getActionKey());
            values.put("REQUEST_KEY", pending.getRequestKey());
            values.put("KIND", pending.getKind());
            values.put("TEXT", pending.getText());
            values.put("STATE", DeskAction.State.APPLIED.name());
            values.put("ATTEMPTS", pending.getAttempts() + 1);
            values.put("CREATED_AT", pending.getCreatedAt());
            values.put("APPLIED_AT", Date.from(at));
            if (pending.getLastError() != null) {
                values.put("LAST_ERROR", pending.getLastError());
            }
            // Deleting takes the row's lock (a second applier waits here, then finds nothing to delete);
            // the applied row under the same unique key is what that second applier then fails on.
            ao.delete(pending);
            ao.create(DeskActionEntity.class, values);
            return null;
        });
    }

    @Override
    public void actionFailed(long id, String error, Instant nextAttempt) {
        ao.executeInTransaction(() -> {
            DeskActionEntity row = ao.get(DeskActionEntity.class, (int) id);
            if (row != null && DeskAction.State.PENDING.name().equals(row.getState())) {
                row.setAttempts(row.getAttempts() + 1);
                row.setLastError(error);
                row.setNextAttempt(nextAttempt == null ? null : Date.from(nextAttempt));
                row.setState((nextAttempt == null ? DeskAction.State.FAILED : DeskAction.State.PENDING).name());
                row.save();
            }
            return null;
        });
    }

    @Override
    public List<DeskAction> actionsOf(String requestKey) {
        return toActions(ao.find(DeskActionEntity.class, Query.select().where("REQUEST_KEY = ?", requestKey).order("CREATED_AT ASC, ID ASC")));
    }

    private static List<DeskAction> toActions(DeskActionEntity[] rows) {
        return Arrays.stream(rows).map(row -> new DeskAction(row.getID(), row.getActionKey(), row.getRequestKey(),
                DeskAction.Kind.valueOf(row.getKind()), row.getText(), DeskAction.State.valueOf(row.getState()), row.getAttempts(),
                row.getLastError(), row.getCreatedAt().toInstant())).collect(Collectors.toList());
    }

    private static List<Notification> toNotifications(NotificationEntity[] rows) {
        return Arrays.stream(rows).map(row -> new Notification(row.getID(), row.getRequestKey(), row.getRecipient(), row.getEmail(),
                row.getSubject(), row.getBody(), Notification.State.valueOf(row.getState()), row.getAttempts(), row.getLastError(),
                row.getCreatedAt().toInstant(), row.getSentAt() == null ? null : row.getSentAt().toInstant()))
                .collect(Collectors.toList());
    }
}
