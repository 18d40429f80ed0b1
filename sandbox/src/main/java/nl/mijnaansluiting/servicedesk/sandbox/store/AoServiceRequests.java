package nl.mijnaansluiting.servicedesk.sandbox.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.java.ao.DBParam;
import net.java.ao.Query;
import nl.mijnaansluiting.servicedesk.sandbox.request.RequestAttachment;
import nl.mijnaansluiting.servicedesk.sandbox.request.RequestComment;
import nl.mijnaansluiting.servicedesk.sandbox.request.RequestEvent;
import nl.mijnaansluiting.servicedesk.sandbox.request.Upload;
import nl.mijnaansluiting.servicedesk.sandbox.request.ServiceRequest;
import nl.mijnaansluiting.servicedesk.sandbox.request.ServiceRequests;
import nl.mijnaansluiting.servicedesk.text.Translated;

import net.java.ao.DatabaseProvider;
import net.java.ao.EntityManager;
import net.java.ao.schema.TableNameConverter;
import nl.mijnaansluiting.servicedesk.aohost.HostActiveObjects;
import nl.mijnaansluiting.servicedesk.queue.SlaSearch;
import nl.mijnaansluiting.servicedesk.sandbox.request.QueueFilter;
import nl.mijnaansluiting.servicedesk.store.PriorityDecisionEntity;
import nl.mijnaansluiting.servicedesk.store.RequestSlaEntity;
import nl.mijnaansluiting.servicedesk.store.SlaClockEntity;
import nl.mijnaansluiting.servicedesk.store.SlaSql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The sandbox's request store in Active Objects: keys MA-1, MA-2, ... */
public final class AoServiceRequests implements ServiceRequests {

    public static final String KEY_PREFIX = "MA-";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> ANSWERS = new TypeReference<>() { };

    private final ActiveObjects ao;

    public AoServiceRequests(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public ServiceRequest create(String templateKey, String organisationKey, String reporter, String createdBy,
                                 String summary, Map<String, String> answers, ServiceRequest.Priority priority, Instant at) {
        return create(templateKey, organisationKey, reporter, createdBy, summary, answers, priority, at, List.of());
    }

    @Override
    public ServiceRequest create(String templateKey, String organisationKey, String reporter, String createdBy,
                                 String summary, Map<String, String> answers, ServiceRequest.Priority priority, Instant at,
                                 List<Upload> attachments) {
        return ao.executeInTransaction(() -> {
            RequestEntity row = ao.create(RequestEntity.class,
                    new DBParam("TEMPLATE_KEY", templateKey),
                    new DBParam("ORGANISATION_KEY", organisationKey),
                    new DBParam("REPORTER", reporter),
                    new DBParam("CREATED_BY", createdBy),
                    new DBParam("SUMMARY", summary),
                    new DBParam("STATUS", ServiceRequest.STATUS_OPEN),
                    new DBParam("ANSWERS", toJson(answers)),
                    new DBParam("CREATED_AT", Date.from(at)));
            row.setRequestKey(KEY_PREFIX + row.getID());
            if (priority != null) {
                row.setPriority(priority.level());
                row.setPriorityExplanationNl(priority.explanation().dutch());
                row.setPriorityExplanationEn(priority.explanation().english());
                row.setSlaApplies(priority.slaApplies());
            }
            row.save();
            for (Upload upload : attachments) {
                store(row.getRequestKey(), upload, createdBy, at);
            }
            return toRequest(row);
        });
    }

    private void store(String key, Upload upload, String by, Instant at) {
        Map<String, Object> file = new java.util.HashMap<>();
        file.put("REQUEST_KEY", key);
        file.put("FIELD_KEY", upload.fieldKey());
        file.put("FILE_NAME", upload.fileName());
        file.put("CONTENT_TYPE", upload.contentType());
        file.put("SIZE", upload.size());
        file.put("CONTENT", java.util.Base64.getEncoder().encodeToString(upload.content()));
        file.put("CREATED_BY", by);
        file.put("CREATED_AT", Date.from(at));
        ao.create(AttachmentEntity.class, file);
    }

    @Override
    public void addAttachments(String key, String by, Instant at, List<Upload> files) {
        ao.executeInTransaction(() -> {
            for (Upload upload : files) {
                store(key, upload, by, at);
                record(key, new RequestEvent(at, by, RequestEvent.Kind.FILE_ADDED, upload.fileName()));
            }
            return null;
        });
    }

    @Override
    public void share(String key, boolean shared) {
        change(key, row -> row.setShared(shared));
    }

    @Override
    public List<ServiceRequest> sharedIn(java.util.Set<String> organisations, String reader) {
        if (organisations.isEmpty()) {
            return List.of();
        }
        List<Object> parameters = new ArrayList<>();
        parameters.add(Boolean.TRUE);
        parameters.addAll(organisations);
        parameters.add(reader);
        String marks = organisations.stream().map(o -> "?").collect(Collectors.joining(","));
        return toRequests(ao.find(RequestEntity.class, Query.select()
                .where("SHARED = ? AND ORGANISATION_KEY IN (" + marks + ") AND REPORTER <> ?", parameters.toArray())
                .order("CREATED_AT DESC, ID DESC")));
    }

    @Override
    public void record(String key, RequestEvent event) {
        ao.executeInTransaction(() -> ao.create(RequestEventEntity.class,
                new DBParam("REQUEST_KEY", key),
                new DBParam("CREATED_AT", Date.from(event.at())),
                new DBParam("ACTOR", event.actor()),
                new DBParam("KIND", event.kind().name()),
                new DBParam("DETAIL", event.detail())));
    }

    @Override
    public List<RequestEvent> events(String key) {
        return Arrays.stream(ao.find(RequestEventEntity.class, Query.select().where("REQUEST_KEY = ?", key).order("ID ASC")))
                .map(row -> new RequestEvent(row.getCreatedAt().toInstant(), row.getActor(),
                        RequestEvent.Kind.valueOf(row.getKind()), row.getDetail()))
                .collect(Collectors.toList());
    }

    @Override
    public List<RequestAttachment> attachments(String key) {
        // Without the content: a list needs names and sizes only.
        return Arrays.stream(ao.find(AttachmentEntity.class, Query.select("ID, REQUEST_KEY, FIELD_KEY, FILE_NAME, CONTENT_TYPE,"
                        + " SIZE, CREATED_BY, CREATED_AT").where("REQUEST_KEY = ?", key).order("ID ASC")))
                .map(row -> new RequestAttachment(row.getID(), row.getRequestKey(), row.getFieldKey(), row.getFileName(),
                        row.getContentType(), row.getSize(), row.getCreatedBy(), row.getCreatedAt().toInstant()))
                .collect(Collectors.toList());
    }

    @Override
    public Optional<byte[]> attachmentContent(String key, long attachmentId) {
        AttachmentEntity[] rows = ao.find(AttachmentEntity.class, Query.select().where("REQUEST_KEY = ? AND ID = ?", key, (int) attachmentId));
        return rows.length == 0 ? Optional.empty() : Optional.of(java.util.Base64.getDecoder().decode(rows[0].getContent()));
    }

    @Override
    public Optional<ServiceRequest> find(String key) {
        RequestEntity[] rows = ao.find(RequestEntity.class, Query.select().where("REQUEST_KEY = ?", key));
        return rows.length == 0 ? Optional.empty() : Optional.of(toRequest(rows[0]));
    }

    @Override
    public List<ServiceRequest> reportedBy(String reporter) {
        return toRequests(ao.find(RequestEntity.class,
                Query.select().where("REPORTER = ?", reporter).order("CREATED_AT DESC, ID DESC")));
    }

    @Override
    public List<ServiceRequest> all() {
        return toRequests(ao.find(RequestEntity.class, Query.select().order("CREATED_AT DESC, ID DESC")));
    }

    @Override
    public List<String> keysOf(String organisationKey, int limit) {
        List<String> keys = new ArrayList<>();
        for (RequestEntity row : ao.find(RequestEntity.class, Query.select("ID, REQUEST_KEY").where("ORGANISATION_KEY = ?", organisationKey)
                .order("CREATED_AT DESC, ID DESC").limit(limit))) {
            keys.add(row.getRequestKey());
        }
        return keys;
    }

    @Override
    public boolean changeStatus(String key, String status) {
        return ao.executeInTransaction(() -> {
            RequestEntity[] rows = ao.find(RequestEntity.class, Query.select().where("REQUEST_KEY = ?", key));
            if (rows.length == 0) {
                return false;
            }
            rows[0].setStatus(status);
            rows[0].save();
            return true;
        });
    }

    @Override
    public List<RequestComment> comments(String key) {
        return Arrays.stream(ao.find(CommentEntity.class,
                        Query.select().where("REQUEST_KEY = ?", key).order("CREATED_AT ASC, ID ASC")))
                .map(row -> new RequestComment(row.getAuthor(), row.getBody(), row.getCreatedAt().toInstant(),
                        Boolean.TRUE.equals(row.getInternal())))
                .collect(Collectors.toList());
    }

    @Override
    public void comment(String key, RequestComment comment) {
        ao.executeInTransaction(() -> ao.create(CommentEntity.class,
                new DBParam("REQUEST_KEY", key),
                new DBParam("AUTHOR", comment.author()),
                new DBParam("BODY", comment.body()),
                new DBParam("CREATED_AT", Date.from(comment.at())),
                new DBParam("INTERNAL", comment.internal())));
    }

    @Override
    public void assign(String key, String assignee) {
        change(key, row -> row.setAssignee(assignee));
    }

    /** Functional escalation: handed to another team. */
    public void reassign(String key, String team) {
        change(key, row -> row.setTeam(team));
    }

    @Override
    public Optional<String> assignee(String key) {
        return row(key).map(RequestEntity::getAssignee);
    }

    /** Summary and assignee (null if nobody took it) in one read: what a notification needs. */
    public Optional<String[]> summaryAndAssignee(String key) {
        return row(key).map(row -> new String[] {row.getSummary(), row.getAssignee()});
    }

    public Optional<String> team(String key) {
        return row(key).map(RequestEntity::getTeam);
    }

    private Optional<RequestEntity> row(String key) {
        RequestEntity[] rows = ao.find(RequestEntity.class, Query.select().where("REQUEST_KEY = ?", key));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private void change(String key, java.util.function.Consumer<RequestEntity> how) {
        ao.executeInTransaction(() -> {
            row(key).ifPresent(row -> {
                how.accept(row);
                row.save();
            });
            return null;
        });
    }

    /**
     * The queue in one SQL query over the request table, left-joined with the plugin's SLA_REQUEST (the
     * earliest due per request), the priority decision (a hand-set level wins) and, to sort by one goal, that
     * goal's clock; the view's SLA condition is the plugin's own ({@link SlaSql}), so the database filters,
     * sorts and pages with the SLA indexes. The page's rows are then read in one query.
     */
    @Override
    public QueuePage queue(QueueFilter filter, Optional<String> assignee, SlaSearch sla, Map<String, Map<String, Integer>> ranks) {
        EntityManager entityManager = ((HostActiveObjects) ao).entityManager();
        DatabaseProvider provider = entityManager.getProvider();
        TableNameConverter tables = entityManager.getNameConverters().getTableNameConverter();
        SlaSql.Names names = (alias, column) -> alias + "." + provider.quote(column);
        java.util.function.Function<Class<? extends net.java.ao.RawEntity<?>>, String> table = type -> provider.quote(tables.getName(type));
        List<Object> joinParameters = new ArrayList<>();
        StringBuilder from = new StringBuilder(" FROM ").append(table.apply(RequestEntity.class)).append(" r")
                .append(" LEFT JOIN ").append(table.apply(RequestSlaEntity.class)).append(" s ON ")
                .append(names.column("s", "REQUEST_KEY")).append(" = ").append(names.column("r", "REQUEST_KEY"))
                .append(" LEFT JOIN ").append(table.apply(PriorityDecisionEntity.class)).append(" d ON ")
                .append(names.column("d", "REQUEST_KEY")).append(" = ").append(names.column("r", "REQUEST_KEY"));
        String goalSort = filter.goalSort().orElse(null);
        if (goalSort != null) {
            from.append(" LEFT JOIN ").append(table.apply(SlaClockEntity.class)).append(" g ON ")
                    .append(names.column("g", "REQUEST_KEY")).append(" = ").append(names.column("r", "REQUEST_KEY"))
                    .append(" AND ").append(names.column("g", "METRIC")).append(" = ?");
            joinParameters.add(goalSort);
        }
        String priority = "COALESCE(" + names.column("d", "MANUAL_LEVEL") + ", " + names.column("r", "PRIORITY") + ")";
        List<String> where = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        if (!filter.withResolved()) {
            where.add(names.column("r", "STATUS") + " <> ?");
            parameters.add(ServiceRequest.STATUS_RESOLVED);
        }
        if (filter.view() == QueueFilter.View.WAITING) {
            where.add(names.column("r", "STATUS") + " = ?");
            parameters.add(ServiceRequest.STATUS_WAITING);
        }
        if (filter.view() == QueueFilter.View.MINE) {
            where.add(names.column("r", "ASSIGNEE") + " = ?");
            parameters.add(assignee.orElse(""));
        }
        filter.organisation().ifPresent(o -> {
            where.add(names.column("r", "ORGANISATION_KEY") + " = ?");
            parameters.add(o);
        });
        filter.priority().ifPresent(p -> {
            where.add(priority + " = ?");
            parameters.add(p);
        });
        sla.condition().ifPresent(condition -> {
            SlaSql.Fragment summary = SlaSql.anyGoal(sla, condition, "s", names);
            if (summary != null) {
                where.add(summary.sql());
                parameters.addAll(summary.parameters());
            } else {
                SlaSql.Fragment clock = SlaSql.clock(sla, condition, "c", names);
                where.add("EXISTS (SELECT 1 FROM " + table.apply(SlaClockEntity.class) + " c WHERE "
                        + names.column("c", "REQUEST_KEY") + " = " + names.column("r", "REQUEST_KEY") + " AND " + clock.sql() + ")");
                parameters.addAll(clock.parameters());
            }
        });
        String whereClause = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        String direction = filter.descending() ? " DESC" : " ASC";
        List<Object> orderParameters = new ArrayList<>();
        String order;
        switch (filter.goalSort().isPresent() ? "goal" : filter.sort()) {
            case "goal":
                order = names.column("g", "SORT_DUE") + direction + " NULLS LAST";
                break;
            case "due":
                order = names.column("s", "SORT_DUE") + direction + " NULLS LAST";
                break;
            case "key":
                order = names.column("r", "ID") + direction;
                break;
            case "summary":
                order = "LOWER(" + names.column("r", "SUMMARY") + ")" + direction;
                break;
            case "created":
                order = names.column("r", "CREATED_AT") + direction;
                break;
            case "priority":
                order = rank(priority, ranks.get("priority"), orderParameters) + direction;
                break;
            case "organisation":
                order = rank(names.column("r", "ORGANISATION_KEY"), ranks.get("organisation"), orderParameters) + direction;
                break;
            case "reporter":
                order = rank(names.column("r", "REPORTER"), ranks.get("reporter"), orderParameters) + direction;
                break;
            case "type":
                order = rank(names.column("r", "TEMPLATE_KEY"), ranks.get("type"), orderParameters) + direction;
                break;
            case "status":
                order = rank(names.column("r", "STATUS"), ranks.get("status"), orderParameters) + direction;
                break;
            default:
                throw new IllegalArgumentException("no such sort: " + filter.sort());
        }
        String select = "SELECT " + names.column("r", "ID") + ", " + priority + from + whereClause + " ORDER BY " + order
                + ", " + names.column("r", "ID") + " ASC LIMIT ? OFFSET ?";
        String count = "SELECT COUNT(*) FROM " + table.apply(RequestEntity.class) + " r LEFT JOIN "
                + table.apply(RequestSlaEntity.class) + " s ON " + names.column("s", "REQUEST_KEY") + " = "
                + names.column("r", "REQUEST_KEY") + " LEFT JOIN " + table.apply(PriorityDecisionEntity.class) + " d ON "
                + names.column("d", "REQUEST_KEY") + " = " + names.column("r", "REQUEST_KEY") + whereClause;
        List<Object> selectParameters = new ArrayList<>(joinParameters);
        selectParameters.addAll(parameters);
        selectParameters.addAll(orderParameters);
        selectParameters.add(QueueFilter.PAGE_SIZE);
        selectParameters.add((filter.page() - 1) * QueueFilter.PAGE_SIZE);
        List<Integer> ids = new ArrayList<>();
        Map<Integer, String> priorities = new java.util.HashMap<>();
        int total;
        try (Connection connection = provider.getConnection()) {
            try (PreparedStatement statement = connection.prepareStatement(select)) {
                bind(statement, selectParameters);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getInt(1));
                        priorities.put(rows.getInt(1), rows.getString(2));
                    }
                }
            }
            try (PreparedStatement statement = connection.prepareStatement(count)) {
                bind(statement, parameters);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    total = rows.getInt(1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The queue could not be read: " + e.getMessage(), e);
        }
        if (ids.isEmpty()) {
            return new QueuePage(List.of(), total);
        }
        Map<Integer, RequestEntity> byId = new java.util.HashMap<>();
        String marks = ids.stream().map(i -> "?").collect(Collectors.joining(","));
        for (RequestEntity row : ao.find(RequestEntity.class, Query.select().where("ID IN (" + marks + ")", ids.toArray()))) {
            byId.put(row.getID(), row);
        }
        List<QueueRow> page = new ArrayList<>();
        for (Integer id : ids) {
            RequestEntity row = byId.get(id);
            if (row != null) {
                page.add(new QueueRow(toRequest(row), priorities.get(id), row.getAssignee()));
            }
        }
        return new QueuePage(page, total);
    }

    /** A column ordered by what people read (a level's rank, a name): CASE over its few stored values. */
    private static String rank(String column, Map<String, Integer> ranks, List<Object> parameters) {
        if (ranks == null || ranks.isEmpty()) {
            return column;
        }
        StringBuilder sql = new StringBuilder("CASE ").append(column);
        ranks.forEach((value, rank) -> {
            sql.append(" WHEN ? THEN ?");
            parameters.add(value);
            parameters.add(rank);
        });
        parameters.add(Integer.MAX_VALUE);
        return sql.append(" ELSE ? END").toString();
    }

    private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            Object value = parameters.get(i);
            if (value instanceof Date) {
                statement.setTimestamp(i + 1, new Timestamp(((Date) value).getTime()));
            } else if (value instanceof Integer) {
                statement.setInt(i + 1, (Integer) value);
            } else {
                statement.setString(i + 1, (String) value);
            }
        }
    }

    private static List<ServiceRequest> toRequests(RequestEntity[] rows) {
        return Arrays.stream(rows).map(AoServiceRequests::toRequest).collect(Collectors.toList());
    }

    private static ServiceRequest toRequest(RequestEntity row) {
        return new ServiceRequest(row.getRequestKey(), row.getTemplateKey(), row.getOrganisationKey(), row.getReporter(),
                row.getCreatedBy(), row.getSummary(), row.getStatus(), fromJson(row.getAnswers()),
                row.getCreatedAt().toInstant(), row.getPriority() == null ? null : new ServiceRequest.Priority(row.getPriority(),
                Translated.of(row.getPriorityExplanationNl(), row.getPriorityExplanationEn()),
                Boolean.TRUE.equals(row.getSlaApplies())), Boolean.TRUE.equals(row.getShared()));
    }

    private static String toJson(Map<String, String> answers) {
        try {
            return JSON.writeValueAsString(answers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> fromJson(String json) {
        try {
            return json == null ? Map.of() : JSON.readValue(json, ANSWERS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored answers are not JSON: " + e.getMessage(), e);
        }
    }
}
