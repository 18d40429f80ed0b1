package nl.mijnaansluiting.servicedesk.sla;

import java.time.Instant;
import java.util.Map;

/** Port: the calendars and goal sets admins saved (JSON by key, per kind), in Active Objects. */
public interface SlaSettingsStore {

    String CALENDAR = "calendar";
    String GOALS = "goals";

    /** Every saved definition of a kind, by key. */
    Map<String, String> all(String kind);

    /** Changes whenever anything is saved or removed: cheap, so every use can check for a newer state. */
    String stamp();

    void save(String kind, String key, String definition, String by, Instant at);

    /** False when nothing was saved for it. */
    boolean delete(String kind, String key);
}
