package nl.mijnaansluiting.servicedesk.sandbox;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Starts the sandbox: {@code java -jar sandbox/target/ma-servicedesk-sandbox.jar [options]}.
 * Bad options and start-up failures end with one line saying what is wrong (exit code 2).
 */
public final class SandboxMain {

    static final String USAGE = String.join("\n",
            "Usage: java -jar sandbox/target/ma-servicedesk-sandbox.jar [options]",
            "  --port N              HTTP port on 127.0.0.1 (default 8080; 0 picks a free one)",
            "  --db-url URL          JDBC URL (default: H2 file database in ./sandbox-data)",
            "                        e.g. jdbc:postgresql://127.0.0.1:5432/ma_servicedesk",
            "  --db-user NAME        database user (default: sa for H2, postgres for PostgreSQL)",
            "  --db-password SECRET  database password (default: empty)",
            "  --sweep-seconds N     run the escalation sweep every N seconds (default 60)",
            "  --help                this text");

    /**
     * H2 in ./sandbox-data, durable on commit: H2 keeps a commit in memory for up to WRITE_DELAY (500 ms) before it
     * writes it, so a process killed then lost requests it had answered 201 (issue 17).
     */
    static final String DEFAULT_DB_URL = "jdbc:h2:file:./sandbox-data/ma-servicedesk;DB_CLOSE_DELAY=-1;WRITE_DELAY=0";

    /** The parsed command line. */
    record Options(int port, String dbUrl, String dbUser, String dbPassword, boolean help, int sweepSeconds) {
    }

    public static void main(String[] args) {
        CountDownLatch stopped = new CountDownLatch(1);
        int exit = run(args, System.out, System.err, stopped);
        if (exit != 0) {
            System.exit(exit);
        }
    }

    /** Runs until Ctrl-C; returns the exit code (0 after a clean stop or --help, 2 on bad input). */
    static int run(String[] args, PrintStream out, PrintStream err, CountDownLatch stopped) {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            err.println("ma-servicedesk-sandbox: " + e.getMessage() + " (--help lists the options)");
            return 2;
        }
        if (options.help()) {
            out.println(USAGE);
            return 0;
        }
        SandboxServer server;
        try {
            if (options.dbUrl().startsWith("jdbc:h2:file:")) {
                Files.createDirectories(Path.of("sandbox-data"));
            }
            SandboxDatabase database = SandboxDatabase.open(options.dbUrl(), options.dbUser(), options.dbPassword());
            try {
                server = SandboxServer.start(options.port(), database, java.time.Duration.ofSeconds(options.sweepSeconds()));
            } catch (StartupException e) {
                database.close();
                throw e;
            }
        } catch (StartupException e) {
            err.println("ma-servicedesk-sandbox: " + e.getMessage());
            return 2;
        } catch (java.io.IOException e) {
            err.println("ma-servicedesk-sandbox: cannot create ./sandbox-data: " + e.getMessage());
            return 2;
        }
        Thread shutdown = new Thread(() -> {
            out.println("ma-servicedesk-sandbox: stopping");
            server.close();
            stopped.countDown();
        }, "sandbox-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdown);
        out.println("ma-servicedesk-sandbox: running at " + server.baseUrl() + "/ on "
                + options.dbUrl() + " (Ctrl-C stops it)");
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    static Options parse(String[] args) {
        int port = 8080;
        String url = DEFAULT_DB_URL;
        String user = null;
        String password = "";
        boolean help = false;
        int sweepSeconds = 60;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--help":
                case "-h":
                    help = true;
                    break;
                case "--port":
                    port = port(value(args, ++i, arg));
                    break;
                case "--db-url":
                    url = value(args, ++i, arg);
                    if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
                        throw new IllegalArgumentException("--db-url must be an H2 or PostgreSQL JDBC URL, not " + url);
                    }
                    break;
                case "--db-user":
                    user = value(args, ++i, arg);
                    break;
                case "--db-password":
                    password = value(args, ++i, arg);
                    break;
                case "--sweep-seconds":
                    sweepSeconds = sweepSeconds(value(args, ++i, arg));
                    break;
                default:
                    throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        if (user == null) {
            user = url.startsWith("jdbc:postgresql:") ? "postgres" : "sa";
        }
        return new Options(port, url, user, password, help, sweepSeconds);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int sweepSeconds(String text) {
        try {
            int seconds = Integer.parseInt(text);
            if (seconds >= 1 && seconds <= 3600) {
                return seconds;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--sweep-seconds must be a number from 1 to 3600, not " + text);
    }

    private static int port(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--port must be a number from 0 to 65535, not " + text);
    }
}
