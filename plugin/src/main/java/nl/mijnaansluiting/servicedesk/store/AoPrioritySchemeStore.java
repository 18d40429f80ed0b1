package nl.mijnaansluiting.servicedesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.DBParam;
import net.java.ao.Query;
import nl.mijnaansluiting.servicedesk.priority.PrioritySchemeStore;

import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Priority scheme versions in Active Objects. */
public class AoPrioritySchemeStore implements PrioritySchemeStore {

    private final ActiveObjects ao;

    public AoPrioritySchemeStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Map<String, Integer> latestVersions() {
        Map<String, Integer> latest = new LinkedHashMap<>();
        for (PrioritySchemeVersionEntity row : ao.find(PrioritySchemeVersionEntity.class,
                Query.select("ID, SCHEME_KEY, VERSION").order("SCHEME_KEY ASC, VERSION ASC"))) {
            latest.put(row.getSchemeKey(), row.getVersion());
        }
        return latest;
    }

    @Override
    public Optional<Version> version(String schemeKey, int number) {
        PrioritySchemeVersionEntity[] rows = ao.find(PrioritySchemeVersionEntity.class,
                Query.select().where("SCHEME_VERSION = ?", schemeKey + "@" + number));
        return rows.length == 0 ? Optional.empty() : Optional.of(toVersion(rows[0]));
    }

    @Override
    public List<Version> history(String schemeKey) {
        return Arrays.stream(ao.find(PrioritySchemeVersionEntity.class,
                        Query.select().where("SCHEME_KEY = ?", schemeKey).order("VERSION DESC")))
                .map(AoPrioritySchemeStore::toVersion).collect(Collectors.toList());
    }

    @Override
    public boolean add(Version version) {
        String schemeVersion = version.schemeKey() + "@" + version.number();
        try {
            return ao.executeInTransaction(() -> {
                if (ao.count(PrioritySchemeVersionEntity.class, Query.select().where("SCHEME_VERSION = ?", schemeVersion)) > 0) {
                    return false;
                }
                ao.create(PrioritySchemeVersionEntity.class,
                        new DBParam("SCHEME_KEY", version.schemeKey()),
                        new DBParam("VERSION", version.number()),
                        new DBParam("SCHEME_VERSION", schemeVersion),
                        new DBParam("DEFINITION", version.definition()),
                        new DBParam("SAVED_BY", version.savedBy()),
                        new DBParam("SAVED_AT", Date.from(version.savedAt())),
                        new DBParam("COMMENT", version.comment()));
                return true;
            });
        } catch (RuntimeException raced) {
            // The unique SCHEME_VERSION refused a version saved by someone else at the same moment.
            if (version(version.schemeKey(), version.number()).isPresent()) {
                return false;
            }
            throw raced;
        }
    }

    private static Version toVersion(PrioritySchemeVersionEntity row) {
        return new Version(row.getSchemeKey(), row.getVersion(), row.getDefinition(), row.getSavedBy(),
                row.getSavedAt().toInstant(), row.getComment());
    }
}
