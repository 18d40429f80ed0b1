package nl.mijnaansluiting.servicedesk.sandbox.request;

import nl.mijnaansluiting.servicedesk.request.TemplateField;

import java.util.Objects;

/** A file a deelnemer attaches to a request's attachment field on the sandbox's portal, as it arrived. */
public final class Upload {

    /** The largest file an attachment field takes (a template rule, {@link TemplateField}), for the host's multipart limits. */
    public static final int MAX_BYTES = TemplateField.ATTACHMENT_MAX_BYTES;

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
