package nl.mijnaansluiting.servicedesk.error;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A refusal the user should read: it carries an i18n key and its arguments, not a sentence, so every
 * adapter can say it in the caller's language. The message of the exception itself is for logs only.
 */
public class ProblemException extends RuntimeException {

    private final Problem problem;
    private final String field;
    private final String messageKey;
    private final Object[] arguments;
    private final List<FieldError> fieldErrors;

    public ProblemException(Problem problem, String field, String messageKey, Object... arguments) {
        super(problem + (field == null ? "" : " [" + field + "]") + ": " + messageKey + " " + Arrays.toString(arguments));
        this.problem = Objects.requireNonNull(problem, "problem");
        this.field = field;
        this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
        this.arguments = arguments.clone();
        this.fieldErrors = List.of();
    }

    private ProblemException(List<FieldError> fieldErrors) {
        super(Problem.BAD_INPUT + ": " + fieldErrors);
        this.problem = Problem.BAD_INPUT;
        this.field = fieldErrors.size() == 1 ? fieldErrors.get(0).field() : null;
        this.messageKey = "ma.form.error.invalid";
        this.arguments = new Object[0];
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    /** A form with one or more wrong answers; each is named with its own reason. */
    public static ProblemException invalidForm(List<FieldError> fieldErrors) {
        if (fieldErrors.isEmpty()) {
            throw new IllegalArgumentException("no field errors");
        }
        return new ProblemException(fieldErrors);
    }

    public static ProblemException notSignedIn() {
        return new ProblemException(Problem.NOT_SIGNED_IN, null, "ma.error.not-signed-in");
    }

    public static ProblemException forbidden(String messageKey, Object... arguments) {
        return new ProblemException(Problem.FORBIDDEN, null, messageKey, arguments);
    }

    public static ProblemException badInput(String field, String messageKey, Object... arguments) {
        return new ProblemException(Problem.BAD_INPUT, field, messageKey, arguments);
    }

    public static ProblemException notFound(String messageKey, Object... arguments) {
        return new ProblemException(Problem.NOT_FOUND, null, messageKey, arguments);
    }

    /** The wrong fields, or this problem as one field error (on its field, else {@code defaultField}). */
    public List<FieldError> fieldErrorsOr(String defaultField) {
        return fieldErrors.isEmpty() ? List.of(new FieldError(field == null ? defaultField : field, messageKey, arguments))
                : fieldErrors;
    }

    public Problem problem() {
        return problem;
    }

    /** The input field at fault, or null when the problem is not about one field. */
    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** Every field at fault, for a form; empty for other problems. */
    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
