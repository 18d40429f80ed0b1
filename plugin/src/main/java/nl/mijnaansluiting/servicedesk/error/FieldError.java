package nl.mijnaansluiting.servicedesk.error;

import java.util.Objects;

/** Why one answer on a form was refused: the field and a translatable reason. */
public final class FieldError {

    private final String field;
    private final String messageKey;
    private final Object[] arguments;

    public FieldError(String field, String messageKey, Object... arguments) {
        this.field = Objects.requireNonNull(field, "field");
        this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
        this.arguments = arguments.clone();
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    @Override
    public String toString() {
        return field + ": " + messageKey;
    }
}
