package nl.mijnaansluiting.servicedesk.request;

import java.util.Objects;

/** A file a deelnemer attaches to a request's attachment field, as it arrived. */
public final class Upload {

    /** At most this many files per field, of at most {@link #MAX_BYTES} each. */
    public static final int MAX_FILES = 5;
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private final String fieldKey;
    private final String fileName;
    private final String contentType;
    private final byte[] content;

    public Upload(String fieldKey, String fileName, String contentType, byte[] content) {
        this.fieldKey = Objects.requireNonNull(fieldKey, "fieldKey");
        // Browsers may send a path; only the last part is the name.
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        this.fileName = name.substring(name.lastIndexOf('/') + 1).trim();
        this.contentType = contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType.trim();
        this.content = Objects.requireNonNull(content, "content").clone();
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

    public byte[] content() {
        return content.clone();
    }

    public int size() {
        return content.length;
    }
}
