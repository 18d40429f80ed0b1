package nl.mijnaansluiting.servicedesk.sandbox.request;

import java.time.Instant;
import java.util.Objects;

/** A file stored with a request. */
public final class RequestAttachment {

    private final long id;
    private final String requestKey;
    private final String fieldKey;
    private final String fileName;
    private final String contentType;
    private final int size;
    private final String uploadedBy;
    private final Instant at;

    public RequestAttachment(long id, String requestKey, String fieldKey, String fileName, String contentType, int size,
                             String uploadedBy, Instant at) {
        this.id = id;
        this.requestKey = Objects.requireNonNull(requestKey);
        this.fieldKey = Objects.requireNonNull(fieldKey);
        this.fileName = Objects.requireNonNull(fileName);
        this.contentType = Objects.requireNonNull(contentType);
        this.size = size;
        this.uploadedBy = Objects.requireNonNull(uploadedBy);
        this.at = Objects.requireNonNull(at);
    }

    public long id() {
        return id;
    }

    public String requestKey() {
        return requestKey;
    }

    public String fieldKey() {
        return fieldKey;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public int size() {
        return size;
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public Instant at() {
        return at;
    }
}
