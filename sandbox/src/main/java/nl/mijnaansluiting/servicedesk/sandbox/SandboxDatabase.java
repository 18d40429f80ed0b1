package nl.mijnaansluiting.servicedesk.sandbox;

import net.java.ao.EntityManager;
import net.java.ao.RawEntity;
import net.java.ao.builder.EntityManagerBuilder;
import nl.mijnaansluiting.servicedesk.aohost.JiraFieldNames;
import nl.mijnaansluiting.servicedesk.aohost.JiraTableNames;
import nl.mijnaansluiting.servicedesk.sandbox.store.CommentEntity;
import nl.mijnaansluiting.servicedesk.sandbox.store.RequestEntity;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The sandbox's database: H2 in a file by default, PostgreSQL when given its JDBC URL. At start it
 * migrates exactly the entities the plugin's descriptor declares in its {@code <ao>} module, as Jira does,
 * plus the host's own request store (what JSM's issues are in Jira).
 */
public final class SandboxDatabase implements AutoCloseable {

    private final String url;
    private final EntityManager entityManager;

    private SandboxDatabase(String url, EntityManager entityManager) {
        this.url = url;
        this.entityManager = entityManager;
    }

    /** Connects, checks the database answers, and migrates the schema; a {@link StartupException} says why not. */
    public static SandboxDatabase open(String url, String username, String password) {
        checkReachable(url, username, password);
        // Without a schema, AO would read H2's own INFORMATION_SCHEMA tables as if they were ours.
        String schema = url.startsWith("jdbc:postgresql:") ? "public" : "PUBLIC";
        EntityManager entityManager = EntityManagerBuilder.url(url).username(username).password(password)
                .schema(schema)
                .dbcp()
                .tableNameConverter(new JiraTableNames())
                .fieldNameConverter(new JiraFieldNames())
                .build();
        SandboxDatabase database = new SandboxDatabase(url, entityManager);
        database.migrate();
        return database;
    }

    private static void checkReachable(String url, String username, String password) {
        try (Connection connection = DriverManager.getConnection(url, username, password)) {
            connection.isValid(5);
        } catch (SQLException e) {
            throw new StartupException("Cannot open the database " + url + ": " + firstLine(e.getMessage()));
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    @SuppressWarnings("unchecked")
    private void migrate() {
        List<Class<? extends RawEntity<?>>> entities = new ArrayList<>();
        for (String name : declaredEntities()) {
            try {
                entities.add((Class<? extends RawEntity<?>>) Class.forName(name));
            } catch (ClassNotFoundException e) {
                throw new StartupException("atlassian-plugin.xml names an entity that does not exist: " + name);
            }
        }
        entities.add(RequestEntity.class);
        entities.add(CommentEntity.class);
        entities.add(nl.mijnaansluiting.servicedesk.sandbox.store.AttachmentEntity.class);
        entities.add(nl.mijnaansluiting.servicedesk.sandbox.store.RequestTypeEntity.class);
        entities.add(nl.mijnaansluiting.servicedesk.sandbox.store.CustomFieldEntity.class);
        entities.add(nl.mijnaansluiting.servicedesk.sandbox.store.RequestEventEntity.class);
        try {
            entityManager.migrate(entities.toArray(new Class[0]));
        } catch (SQLException | RuntimeException e) {
            throw new StartupException("Cannot migrate the schema of " + url + ": " + firstLine(e.getMessage()));
        }
    }

    /** The {@code <entity>} classes of the plugin descriptor's {@code <ao>} module. */
    static List<String> declaredEntities() {
        try (InputStream descriptor = SandboxDatabase.class.getClassLoader().getResourceAsStream("atlassian-plugin.xml")) {
            if (descriptor == null) {
                throw new StartupException("atlassian-plugin.xml is not on the class path");
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList entityNodes = factory.newDocumentBuilder().parse(descriptor).getElementsByTagName("entity");
            List<String> names = new ArrayList<>();
            for (int i = 0; i < entityNodes.getLength(); i++) {
                Element entity = (Element) entityNodes.item(i);
                if ("ao".equals(entity.getParentNode().getNodeName())) {
                    names.add(entity.getTextContent().trim());
                }
            }
            return names;
        } catch (StartupException e) {
            throw e;
        } catch (Exception e) {
            throw new StartupException("Cannot read atlassian-plugin.xml: " + e.getMessage());
        }
    }

    public EntityManager entityManager() {
        return entityManager;
    }

    public String url() {
        return url;
    }

    /** True when a trivial query answers. */
    public boolean isHealthy() {
        try (Connection connection = entityManager.getProvider().getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() {
        entityManager.getProvider().dispose();
    }
}
