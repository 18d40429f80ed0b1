package nl.mijnaansluiting.servicedesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.DBParam;
import net.java.ao.Query;
import nl.mijnaansluiting.servicedesk.audit.AuditEvent;
import nl.mijnaansluiting.servicedesk.audit.AuditLog;

import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

/** The audit trail in Active Objects. */
public class AoAuditLog implements AuditLog {

    private final ActiveObjects ao;

    public AoAuditLog(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void record(AuditEvent event) {
        ao.executeInTransaction(() -> ao.create(AuditEntryEntity.class,
                new DBParam("OCCURRED_AT", Date.from(event.at())),
                new DBParam("ACTOR", event.actor()),
                new DBParam("SUBJECT_TYPE", event.subjectType()),
                new DBParam("SUBJECT_KEY", event.subjectKey()),
                new DBParam("ACTION", event.action()),
                new DBParam("DETAILS", event.details())));
    }

    @Override
    public List<AuditEvent> recent(int limit) {
        return toEvents(ao.find(AuditEntryEntity.class,
                Query.select().order("OCCURRED_AT DESC, ID DESC").limit(capped(limit))));
    }

    @Override
    public List<AuditEvent> about(String subjectType, String subjectKey, int limit) {
        return toEvents(ao.find(AuditEntryEntity.class,
                Query.select().where("SUBJECT_TYPE = ? AND SUBJECT_KEY = ?", subjectType, subjectKey)
                        .order("OCCURRED_AT DESC, ID DESC").limit(capped(limit))));
    }

    private static int capped(int limit) {
        return Math.max(1, Math.min(limit, MAX_PAGE));
    }

    private static List<AuditEvent> toEvents(AuditEntryEntity[] rows) {
        return Arrays.stream(rows)
                .map(row -> new AuditEvent(row.getOccurredAt().toInstant(), row.getActor(), row.getSubjectType(),
                        row.getSubjectKey(), row.getAction(), row.getDetails()))
                .collect(Collectors.toList());
    }
}
