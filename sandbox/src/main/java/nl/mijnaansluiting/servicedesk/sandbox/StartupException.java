package nl.mijnaansluiting.servicedesk.sandbox;

/** Why the sandbox cannot start, in one line for the person who started it. */
public final class StartupException extends RuntimeException {
    public StartupException(String message) {
        super(message);
    }
}
