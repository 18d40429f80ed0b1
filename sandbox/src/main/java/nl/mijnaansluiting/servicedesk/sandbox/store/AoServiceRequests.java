package nl.mijnaansluiting.servicedesk.sandbox.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.java.ao.DBParam;
import net.java.ao.Query;
import nl.mijnaansluiting.servicedesk.sandbox.request.RequestAttachment;
import nl.mijnaansluiting.servicedesk.sandbox.request.RequestComment;
import nl.mijnaansluiting.servicedesk.sandbox.request.Upload;
import nl.mijnaansluiting.servicedesk.sandbox.request.ServiceRequest;
import nl.mijnaansluiting.servicedesk.sandbox.request.ServiceRequests;
import nl.mijnaansluiting.servicedesk.text.Translated;

import java.time.Instant;
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
                Map<String, Object> file = new java.util.HashMap<>();
                file.put("REQUEST_KEY", row.getRequestKey());
                file.put("FIELD_KEY", upload.fieldKey());
                file.put("FILE_NAME", upload.fileName());
                file.put("CONTENT_TYPE", upload.contentType());
                file.put("SIZE", upload.size());
                file.put("CONTENT", java.util.Base64.getEncoder().encodeToString(upload.content()));
                file.put("CREATED_BY", createdBy);
                file.put("CREATED_AT", Date.from(at));
                ao.create(AttachmentEntity.class, file);
            }
            return toRequest(row);
        });
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

    private static List<ServiceRequest> toRequests(RequestEntity[] rows) {
        return Arrays.stream(rows).map(AoServiceRequests::toRequest).collect(Collectors.toList());
    }

    private static ServiceRequest toRequest(RequestEntity row) {
        return new ServiceRequest(row.getRequestKey(), row.getTemplateKey(), row.getOrganisationKey(), row.getReporter(),
                row.getCreatedBy(), row.getSummary(), row.getStatus(), fromJson(row.getAnswers()),
                row.getCreatedAt().toInstant(), row.getPriority() == null ? null : new ServiceRequest.Priority(row.getPriority(),
                Translated.of(row.getPriorityExplanationNl(), row.getPriorityExplanationEn()),
                Boolean.TRUE.equals(row.getSlaApplies())));
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
