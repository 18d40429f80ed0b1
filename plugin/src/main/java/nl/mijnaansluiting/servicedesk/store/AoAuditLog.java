package nl.mijnaansluiting.servicedesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.DBParam;
import net.java.ao.Query;
import nl.mijnaansluiting.servicedesk.audit.AuditEvent;
import nl.mijnaansluiting.servicedesk.audit.AuditLog;
import nl.mijnaansluiting.servicedesk.audit.AuditQuery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

/** The audit trail in Active Objects. */
public class AoAuditLog implements AuditLog {

    /** Active Objects' default string column: VARCHAR(255). */
    static final int COLUMN_LENGTH = 255;

    private final ActiveObjects ao;

    public AoAuditLog(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void record(AuditEvent event) {
        ao.executeInTransaction(() -> ao.create(AuditEntryEntity.class,
                new DBParam("OCCURRED_AT", Date.from(event.at())),
                new DBParam("ACTOR", fitted(event.actor())),
                new DBParam("SUBJECT_TYPE", fitted(event.subjectType())),
                new DBParam("SUBJECT_KEY", fitted(event.subjectKey())),
                new DBParam("ACTION", fitted(event.action())),
                new DBParam("DETAILS", event.details())));
    }

    /**
     * What a VARCHAR(255) column holds: a longer value (a user name someone typed, 300 characters) is cut with an
     * ellipsis instead of failing the line, and so the request that wanted it written (issue 17, point 2).
     */
    static String fitted(String value) {
        if (value == null || value.length() <= COLUMN_LENGTH) {
            return value;
        }
        int end = COLUMN_LENGTH - 1;
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end) + "\u2026";
    }

    @Override
    public List<AuditEvent> recent(int limit) {
        return toEvents(ao.find(AuditEntryEntity.class,
                Query.select().order("OCCURRED_AT DESC, ID DESC").limit(capped(limit))));
    }

    @Override
    public List<AuditEvent> find(AuditQuery query, int limit) {
        // each filter on an indexed column; the order is the index on OCCURRED_AT
        StringBuilder where = new StringBuilder("1 = 1");
        List<Object> values = new ArrayList<>();
        query.actor().ifPresent(actor -> {
            where.append(" AND ACTOR = ?");
            values.add(actor);
        });
        query.action().ifPresent(action -> {
            where.append(" AND ACTION = ?");
            values.add(action);
        });
        query.from().ifPresent(from -> {
            where.append(" AND OCCURRED_AT >= ?");
            values.add(Date.from(from));
        });
        query.until().ifPresent(until -> {
            where.append(" AND OCCURRED_AT < ?");
            values.add(Date.from(until));
        });
        return toEvents(ao.find(AuditEntryEntity.class, Query.select().where(where.toString(), values.toArray())
                .order("OCCURRED_AT DESC, ID DESC").offset(query.offset()).limit(capped(limit))));
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
