package nl.mijnaansluiting.servicedesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.DBParam;
import net.java.ao.Query;
import nl.mijnaansluiting.servicedesk.request.TemplateStore;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

/** Saved request template definitions in Active Objects, in the order they were first saved. */
public class AoTemplateStore implements TemplateStore {

    private final ActiveObjects ao;

    public AoTemplateStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Map<String, String> all() {
        Map<String, String> definitions = new LinkedHashMap<>();
        for (RequestTemplateEntity row : ao.find(RequestTemplateEntity.class, Query.select().order("ID ASC"))) {
            definitions.put(row.getTemplateKey(), row.getDefinition());
        }
        return definitions;
    }

    @Override
    public void save(String key, String definition, String by, Instant at) {
        ao.executeInTransaction(() -> {
            RequestTemplateEntity[] rows = ao.find(RequestTemplateEntity.class, Query.select().where("TEMPLATE_KEY = ?", key));
            if (rows.length == 0) {
                ao.create(RequestTemplateEntity.class, new DBParam("TEMPLATE_KEY", key),
                        new DBParam("DEFINITION", definition), new DBParam("UPDATED_BY", by),
                        new DBParam("UPDATED_AT", Date.from(at)));
            } else {
                rows[0].setDefinition(definition);
                rows[0].setUpdatedBy(by);
                rows[0].setUpdatedAt(Date.from(at));
                rows[0].save();
            }
            return null;
        });
    }

    @Override
    public boolean delete(String key) {
        return ao.executeInTransaction(() -> {
            RequestTemplateEntity[] rows = ao.find(RequestTemplateEntity.class, Query.select().where("TEMPLATE_KEY = ?", key));
            ao.delete(rows);
            return rows.length > 0;
        });
    }
}
