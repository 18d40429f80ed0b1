package nl.mijnaansluiting.servicedesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.DBParam;
import net.java.ao.Query;
import nl.mijnaansluiting.servicedesk.availability.Outage;
import nl.mijnaansluiting.servicedesk.availability.OutageStore;

import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Outages in Active Objects. */
public class AoOutageStore implements OutageStore {

    private final ActiveObjects ao;

    public AoOutageStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void add(Outage outage) {
        ao.executeInTransaction(() -> {
            if (ao.find(OutageEntity.class, Query.select().where("REQUEST_KEY = ?", outage.requestKey())).length == 0) {
                OutageEntity row = ao.create(OutageEntity.class, new DBParam("REQUEST_KEY", outage.requestKey()),
                        new DBParam("SCHEME_KEY", outage.schemeKey()), new DBParam("PRODUCT", outage.product()),
                        new DBParam("STARTED_AT", Date.from(outage.startedAt())));
                if (outage.endedAt() != null) {
                    row.setEndedAt(Date.from(outage.endedAt()));
                    row.save();
                }
            }
            return null;
        });
    }

    @Override
    public Optional<Outage> of(String requestKey) {
        return Arrays.stream(ao.find(OutageEntity.class, Query.select().where("REQUEST_KEY = ?", requestKey)))
                .map(AoOutageStore::toOutage).findFirst();
    }

    @Override
    public boolean setEnd(String requestKey, Instant endedAt) {
        return ao.executeInTransaction(() -> {
            OutageEntity[] rows = ao.find(OutageEntity.class, Query.select().where("REQUEST_KEY = ?", requestKey));
            if (rows.length == 0) {
                return false;
            }
            rows[0].setEndedAt(endedAt == null ? null : Date.from(endedAt));
            rows[0].save();
            return true;
        });
    }

    @Override
    public List<Outage> overlapping(Instant from, Instant until) {
        return Arrays.stream(ao.find(OutageEntity.class, Query.select()
                        .where("STARTED_AT < ? AND (ENDED_AT IS NULL OR ENDED_AT > ?)", Date.from(until), Date.from(from))
                        .order("STARTED_AT ASC")))
                .map(AoOutageStore::toOutage).collect(Collectors.toList());
    }

    private static Outage toOutage(OutageEntity row) {
        return new Outage(row.getRequestKey(), row.getSchemeKey(), row.getProduct(), row.getStartedAt().toInstant(),
                row.getEndedAt() == null ? null : row.getEndedAt().toInstant());
    }
}
