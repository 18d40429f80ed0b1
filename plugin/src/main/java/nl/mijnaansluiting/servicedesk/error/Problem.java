package nl.mijnaansluiting.servicedesk.error;

/** What kind of refusal a {@link ProblemException} is, and the HTTP status REST and pages answer it with. */
public enum Problem {
    /** Input that does not fit: a field is named. */
    BAD_INPUT(400),
    /** Something asked for by key does not exist. */
    NOT_FOUND(404),
    /** No one is signed in. */
    NOT_SIGNED_IN(401),
    /** Signed in, but not allowed. */
    FORBIDDEN(403),
    /** The change conflicts with what is stored (for example a newer version). */
    CONFLICT(409),
    /** More than the add-on takes in one call (a body over its size limit). */
    TOO_LARGE(413);

    private final int httpStatus;

    Problem(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
