package nl.mijnaansluiting.servicedesk.request;

import java.time.Instant;
import java.util.Map;

/** Port: template definitions admins saved (JSON text by template key), in Active Objects. */
public interface TemplateStore {

    /** Every saved definition, by template key. */
    Map<String, String> all();

    /** Saves or replaces one definition. */
    void save(String key, String definition, String by, Instant at);

    /** Removes one; false when there was none. */
    boolean delete(String key);
}
