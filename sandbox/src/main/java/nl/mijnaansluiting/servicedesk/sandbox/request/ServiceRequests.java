package nl.mijnaansluiting.servicedesk.sandbox.request;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Port: where the sandbox's requests live (its own store; in Jira they are JSM issues, which JSM stores). */
public interface ServiceRequests {

    /** Stores a new request in one go and returns it with its key. */
    ServiceRequest create(String templateKey, String organisationKey, String reporter, String createdBy,
                          String summary, Map<String, String> answers, ServiceRequest.Priority priority, Instant at);

    /** As {@link #create}, storing the files with it in the same transaction: all of it, or nothing. */
    ServiceRequest create(String templateKey, String organisationKey, String reporter, String createdBy,
                          String summary, Map<String, String> answers, ServiceRequest.Priority priority, Instant at,
                          java.util.List<Upload> attachments);

    java.util.List<RequestAttachment> attachments(String key);

    /** One file's content; empty when the request has no such attachment. */
    Optional<byte[]> attachmentContent(String key, long attachmentId);

    Optional<ServiceRequest> find(String key);

    /** The requests a customer raised (or had raised for them), newest first. */
    List<ServiceRequest> reportedBy(String reporter);

    /** All requests, newest first: the agents' queue. */
    List<ServiceRequest> all();

    /** At most {@code limit} keys of the requests raised for a deelnemer, newest first. */
    List<String> keysOf(String organisationKey, int limit);

    /** Sets the request's status (an agent's action); false when there is no such request. */
    boolean changeStatus(String key, String status);

    List<RequestComment> comments(String key);

    void comment(String key, RequestComment comment);

    /** The agent who took the request; null: nobody. */
    void assign(String key, String assignee);

    /** Who took the request, if anyone. */
    Optional<String> assignee(String key);

    /** Shares the request with its organisation's members, or stops sharing it. */
    void share(String key, boolean shared);

    /** The requests shared in these organisations that {@code reader} did not report, newest first. */
    List<ServiceRequest> sharedIn(java.util.Set<String> organisations, String reader);

    /** Files added after sending, in one transaction: all of them, or none. */
    void addAttachments(String key, String by, Instant at, List<Upload> files);

    void record(String key, RequestEvent event);

    /** The request's events, oldest first. */
    List<RequestEvent> events(String key);

    /** One request of a queue page: the request, the priority in force (a hand-set one wins), who took it. */
    record QueueRow(ServiceRequest request, String priority, String assignee) {
    }

    /** A page of the queue and how many requests match in all. */
    record QueuePage(List<QueueRow> rows, int total) {
    }

    /**
     * The agents' queue: the requests that pass {@code filter} and its SLA condition (the plugin's domain query,
     * made concrete in {@code sla}), sorted and paged in the database. {@code ranks} give, per sort column
     * ("priority", "organisation", "reporter", "type", "status"), the order of its stored values by what people read.
     */
    QueuePage queue(QueueFilter filter, Optional<String> assignee, nl.mijnaansluiting.servicedesk.queue.SlaSearch sla,
                    Map<String, Map<String, Integer>> ranks);
}
