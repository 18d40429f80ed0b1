package nl.mijnaansluiting.servicedesk.escalation;

import java.util.Optional;

/** Where a request stands: its escalation level (0: the service desk) and the reason it got there. */
public final class EscalationLevel {

    public static final EscalationLevel SERVICE_DESK = new EscalationLevel(0, null);

    private final int level;
    private final String reason;

    public EscalationLevel(int level, String reason) {
        this.level = level;
        this.reason = reason;
    }

    public int level() {
        return level;
    }

    /** The reason key of the last manual escalation, or the metric whose step raised it; empty at level 0. */
    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }
}
