package nl.mijnaansluiting.servicedesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.DBParam;
import net.java.ao.Query;
import nl.mijnaansluiting.servicedesk.sla.ReplanStore;

import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** Re-plans after configuration changes, in Active Objects. */
public class AoReplanStore implements ReplanStore {

    private final ActiveObjects ao;

    public AoReplanStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public long add(String kind, String settingKey, Instant changedAt, String changedBy, String before) {
        return ao.executeInTransaction(() -> {
            ReplanEntity row = ao.create(ReplanEntity.class, new DBParam("KIND", kind), new DBParam("SETTING_KEY", settingKey),
                    new DBParam("CHANGED_AT", Date.from(changedAt)), new DBParam("STATUS", Status.WAITING.name()),
                    new DBParam("TOTAL", 0), new DBParam("DONE", 0), new DBParam("CHANGED_COUNT", 0), new DBParam("FAILED", 0));
            row.setChangedBy(changedBy);
            row.setCalendarBefore(before);
            row.save();
            return (long) row.getID();
        });
    }

    @Override
    public List<Replan> unfinished() {
        return toReplans(ao.find(ReplanEntity.class, Query.select().where("STATUS <> ?", Status.DONE.name()).order("ID ASC")));
    }

    @Override
    public List<Replan> recent(int limit) {
        return toReplans(ao.find(ReplanEntity.class, Query.select().order("ID DESC").limit(Math.max(1, Math.min(limit, 500)))));
    }

    @Override
    public Optional<Replan> find(long id) {
        return toReplans(ao.find(ReplanEntity.class, Query.select().where("ID = ?", id))).stream().findFirst();
    }

    @Override
    public boolean advance(long id, String expectedCursor, String cursor, Status status, int total, int addDone, int addChanged,
                           int addFailed, Instant finishedAt) {
        return ao.executeInTransaction(() -> {
            ReplanEntity[] rows = ao.find(ReplanEntity.class, Query.select().where("ID = ?", id));
            if (rows.length == 0 || !Objects.equals(rows[0].getLastClockKey(), expectedCursor)
                    || Status.DONE.name().equals(rows[0].getStatus())) {
                return false;
            }
            ReplanEntity row = rows[0];
            row.setLastClockKey(cursor);
            row.setStatus(status.name());
            row.setTotal(total);
            row.setDone(row.getDone() + addDone);
            row.setChangedCount(row.getChangedCount() + addChanged);
            row.setFailed(row.getFailed() + addFailed);
            row.setFinishedAt(finishedAt == null ? null : Date.from(finishedAt));
            row.save();
            return true;
        });
    }

    private static List<Replan> toReplans(ReplanEntity[] rows) {
        return Arrays.stream(rows).map(row -> new Replan(row.getID(), row.getKind(), row.getSettingKey(), row.getChangedAt().toInstant(),
                row.getChangedBy(), row.getCalendarBefore(), Status.valueOf(row.getStatus()), row.getTotal(), row.getDone(),
                row.getChangedCount(), row.getFailed(), row.getLastClockKey(),
                row.getFinishedAt() == null ? null : row.getFinishedAt().toInstant())).collect(Collectors.toList());
    }
}
