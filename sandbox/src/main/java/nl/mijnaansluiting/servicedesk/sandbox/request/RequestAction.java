package nl.mijnaansluiting.servicedesk.sandbox.request;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * What an agent does with a request, from which statuses, and where it leads:
 * take into handling (In behandeling), wait for the customer, resume, resolve, reopen.
 */
public enum RequestAction {
    TAKE("take", ServiceRequest.STATUS_IN_PROGRESS, ServiceRequest.STATUS_OPEN),
    WAIT("wait", ServiceRequest.STATUS_WAITING, ServiceRequest.STATUS_OPEN, ServiceRequest.STATUS_IN_PROGRESS),
    RESUME("resume", ServiceRequest.STATUS_IN_PROGRESS, ServiceRequest.STATUS_WAITING),
    RESOLVE("resolve", ServiceRequest.STATUS_RESOLVED, ServiceRequest.STATUS_OPEN, ServiceRequest.STATUS_IN_PROGRESS,
            ServiceRequest.STATUS_WAITING),
    REOPEN("reopen", ServiceRequest.STATUS_IN_PROGRESS, ServiceRequest.STATUS_RESOLVED);

    private final String key;
    private final String to;
    private final Set<String> from;

    RequestAction(String key, String to, String... from) {
        this.key = key;
        this.to = to;
        this.from = Set.of(from);
    }

    public String key() {
        return key;
    }

    /** The status the request has afterwards. */
    public String to() {
        return to;
    }

    public boolean allowedFrom(String status) {
        return from.contains(status);
    }

    public static Optional<RequestAction> byKey(String key) {
        return Arrays.stream(values()).filter(a -> a.key.equals(key)).findFirst();
    }
}
