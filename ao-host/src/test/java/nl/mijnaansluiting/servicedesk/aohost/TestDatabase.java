package nl.mijnaansluiting.servicedesk.aohost;

import net.java.ao.test.jdbc.DynamicJdbcConfiguration;
import net.java.ao.test.jdbc.JdbcConfiguration;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The database of the Active Objects tests, chosen like AO's own runner does (system property
 * {@code ao.test.database}: h2-memory or postgres, with db.url/db.username/db.password/db.schema).
 * For PostgreSQL it first creates the tests' own database when it is missing, so a fresh machine needs
 * nothing but a running server. Shared through ao-host's test jar by the plugin's and the sandbox's AO tests.
 */
public final class TestDatabase implements JdbcConfiguration {

    private final JdbcConfiguration chosen = new DynamicJdbcConfiguration();

    /** The runner connects before it calls {@link #init()}, so the database is made here. */
    public TestDatabase() {
        if (chosen.getUrl().startsWith("jdbc:postgresql:")) {
            createPostgresDatabase(chosen.getUrl(), getUsername(), getPassword());
        }
    }

    /** An in-memory H2 database lives as long as the JVM, not just as long as one connection. */
    @Override
    public String getUrl() {
        String url = chosen.getUrl();
        return url.startsWith("jdbc:h2:mem:") && !url.contains("DB_CLOSE_DELAY") ? url + ";DB_CLOSE_DELAY=-1" : url;
    }

    @Override
    public String getSchema() {
        return chosen.getSchema();
    }

    @Override
    public String getUsername() {
        return chosen.getUsername();
    }

    @Override
    public String getPassword() {
        return chosen.getPassword();
    }

    @Override
    public void init() {
        chosen.init();
    }

    static void createPostgresDatabase(String url, String user, String password) {
        int slash = url.lastIndexOf('/');
        String name = url.substring(slash + 1).replaceAll("[?;].*$", "");
        String serverUrl = url.substring(0, slash + 1) + "postgres";
        try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
             Statement statement = connection.createStatement()) {
            boolean exists;
            try (var rows = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name.replace("'", "") + "'")) {
                exists = rows.next();
            }
            if (!exists) {
                statement.execute("CREATE DATABASE \"" + name.replace("\"", "") + "\"");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL for the AO tests is not reachable at " + serverUrl
                    + " (start it, see .ci/run): " + e.getMessage(), e);
        }
    }
}
