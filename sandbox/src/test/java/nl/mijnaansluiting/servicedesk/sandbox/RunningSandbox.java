package nl.mijnaansluiting.servicedesk.sandbox;

import org.junit.rules.ExternalResource;

import java.util.UUID;

/** A sandbox started for a test class on a free port, with its own in-memory H2 database. */
public final class RunningSandbox extends ExternalResource {

    private SandboxServer server;
    private SandboxDatabase database;
    private final java.time.Duration sessionIdle;

    public RunningSandbox() {
        this(SandboxServer.SESSION_IDLE_TIMEOUT);
    }

    /** A sandbox whose sessions end after {@code sessionIdle} without use. */
    RunningSandbox(java.time.Duration sessionIdle) {
        this.sessionIdle = sessionIdle;
    }

    @Override
    protected void before() {
        String url = "jdbc:h2:mem:sandbox-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        database = SandboxDatabase.open(url, "sa", "");
        server = SandboxServer.start(0, database, java.time.Duration.ofMinutes(1), sessionIdle);
    }

    /** The sandbox's own database, for a test that must put a clock where no request could bring it in time. */
    public SandboxDatabase database() {
        return database;
    }

    /** Its people, for a test that checks what signing up stored. */
    public DemoDirectory directory() {
        return server.directory();
    }

    /** Sessions made since the start. */
    public int sessionsCreated() {
        return server.sessionsCreated();
    }

    @Override
    protected void after() {
        server.close();
    }

    public String url(String path) {
        return server.baseUrl() + path;
    }
}
