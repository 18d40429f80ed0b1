package nl.mijnaansluiting.servicedesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.DBParam;
import net.java.ao.Query;
import nl.mijnaansluiting.servicedesk.sla.SlaSettingsStore;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

/** Saved SLA calendars and goal sets in Active Objects. */
public class AoSlaSettingsStore implements SlaSettingsStore {

    private final ActiveObjects ao;

    public AoSlaSettingsStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Map<String, String> all(String kind) {
        Map<String, String> all = new LinkedHashMap<>();
        for (SlaSettingEntity row : ao.find(SlaSettingEntity.class, Query.select().where("KIND = ?", kind).order("ID ASC"))) {
            all.put(row.getSettingKey(), row.getDefinition());
        }
        return all;
    }

    @Override
    public String stamp() {
        long count = 0;
        long revision = 0;
        for (SlaSettingEntity row : ao.find(SlaSettingEntity.class, Query.select("ID, REVISION"))) {
            count++;
            revision = Math.max(revision, row.getRevision());
        }
        return count + ":" + revision;
    }

    @Override
    public void save(String kind, String key, String definition, String by, Instant at) {
        ao.executeInTransaction(() -> {
            long next = 1;
            for (SlaSettingEntity row : ao.find(SlaSettingEntity.class, Query.select("ID, REVISION"))) {
                next = Math.max(next, row.getRevision() + 1);
            }
            SlaSettingEntity[] rows = ao.find(SlaSettingEntity.class, Query.select().where("KIND_KEY = ?", kind + ":" + key));
            SlaSettingEntity row = rows.length > 0 ? rows[0] : ao.create(SlaSettingEntity.class,
                    new DBParam("KIND", kind), new DBParam("SETTING_KEY", key), new DBParam("KIND_KEY", kind + ":" + key),
                    new DBParam("DEFINITION", definition), new DBParam("UPDATED_BY", by),
                    new DBParam("UPDATED_AT", Date.from(at)), new DBParam("REVISION", next));
            row.setDefinition(definition);
            row.setUpdatedBy(by);
            row.setUpdatedAt(Date.from(at));
            row.setRevision(next);
            row.save();
            return null;
        });
    }

    @Override
    public boolean delete(String kind, String key) {
        return ao.executeInTransaction(() -> {
            SlaSettingEntity[] rows = ao.find(SlaSettingEntity.class, Query.select().where("KIND_KEY = ?", kind + ":" + key));
            ao.delete(rows);
            return rows.length > 0;
        });
    }
}
