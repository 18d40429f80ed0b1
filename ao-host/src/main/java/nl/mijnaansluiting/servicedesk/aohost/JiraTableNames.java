package nl.mijnaansluiting.servicedesk.aohost;

import net.java.ao.RawEntity;
import net.java.ao.schema.Case;
import net.java.ao.schema.TableAnnotationTableNameConverter;
import net.java.ao.schema.TableNameConverter;
import net.java.ao.schema.UnderscoreTableNameConverter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Table names as Jira's Active Objects makes them: {@code AO_<last 6 hex of md5(plugin key)>_<TABLE>},
 * upper case, so queries written for Jira run here unchanged.
 */
public final class JiraTableNames implements TableNameConverter {

    public static final String PLUGIN_KEY = "nl.mijnaansluiting.servicedesk";

    private final String prefix = "AO_" + hashOf(PLUGIN_KEY) + "_";
    private final TableNameConverter names =
            new TableAnnotationTableNameConverter(new UnderscoreTableNameConverter(Case.UPPER));

    @Override
    public String getName(Class<? extends RawEntity<?>> entityClass) {
        return prefix + names.getName(entityClass);
    }

    static String hashOf(String pluginKey) {
        try {
            byte[] md5 = MessageDigest.getInstance("MD5").digest(pluginKey.getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().withUpperCase().formatHex(md5);
            return hex.substring(hex.length() - 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
