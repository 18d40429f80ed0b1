package nl.mijnaansluiting.servicedesk.sandbox;

import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.access.CallerSource;

import java.util.Optional;

/** The sandbox's answer to "who is calling": the visit the {@link SignInFilter} set for this thread. */
public final class SandboxCallers implements CallerSource {

    private final ThreadLocal<Visit> visit = new ThreadLocal<>();

    @Override
    public Optional<Caller> current() {
        Visit current = visit.get();
        return current == null ? Optional.empty() : current.caller();
    }

    public Optional<Visit> visit() {
        return Optional.ofNullable(visit.get());
    }

    void begin(Visit current) {
        visit.set(current);
    }

    void end() {
        visit.remove();
    }
}
