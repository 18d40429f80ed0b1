package nl.mijnaansluiting.servicedesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.java.ao.DBParam;
import net.java.ao.Query;
import nl.mijnaansluiting.servicedesk.intake.IntakeStore;

import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Intake notes in Active Objects, one row per request being raised. */
public class AoIntakeStore implements IntakeStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> SETTINGS = new TypeReference<>() { };

    private final ActiveObjects ao;

    public AoIntakeStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void begin(String requestKey, Map<String, String> settings, Instant at) {
        ao.executeInTransaction(() -> {
            RequestIntakeEntity[] rows = ao.find(RequestIntakeEntity.class, Query.select().where("REQUEST_KEY = ?", requestKey));
            RequestIntakeEntity row = rows.length > 0 ? rows[0] : ao.create(RequestIntakeEntity.class,
                    new DBParam("REQUEST_KEY", requestKey), new DBParam("BEGUN_AT", Date.from(at)));
            row.setSettings(write(settings));
            row.save();
            return null;
        });
    }

    @Override
    public <T> T completeInOneTransaction(String requestKey, Supplier<T> work) {
        return ao.executeInTransaction(() -> {
            T result = work.get();
            RequestIntakeEntity[] rows = ao.find(RequestIntakeEntity.class, Query.select().where("REQUEST_KEY = ?", requestKey));
            if (rows.length > 0) {
                ao.delete(rows);
            }
            return result;
        });
    }

    @Override
    public Optional<PendingIntake> pending(String requestKey) {
        RequestIntakeEntity[] rows = ao.find(RequestIntakeEntity.class, Query.select().where("REQUEST_KEY = ?", requestKey));
        return rows.length == 0 ? Optional.empty() : Optional.of(toPending(rows[0]));
    }

    @Override
    public List<PendingIntake> pendingBefore(Instant before, int limit) {
        return Arrays.stream(ao.find(RequestIntakeEntity.class, Query.select().where("BEGUN_AT < ?", Date.from(before))
                .order("BEGUN_AT ASC, ID ASC").limit(limit))).map(AoIntakeStore::toPending).collect(Collectors.toList());
    }

    @Override
    public void drop(String requestKey) {
        ao.executeInTransaction(() -> {
            RequestIntakeEntity[] rows = ao.find(RequestIntakeEntity.class, Query.select().where("REQUEST_KEY = ?", requestKey));
            if (rows.length > 0) {
                ao.delete(rows);
            }
            return null;
        });
    }

    private static PendingIntake toPending(RequestIntakeEntity row) {
        return new PendingIntake(row.getRequestKey(), read(row.getSettings()), row.getBegunAt().toInstant());
    }

    private static String write(Map<String, String> settings) {
        try {
            return JSON.writeValueAsString(settings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("intake settings not writable: " + e.getMessage(), e);
        }
    }

    private static Map<String, String> read(String json) {
        try {
            return json == null ? Map.of() : JSON.readValue(json, SETTINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("intake settings not readable: " + e.getMessage(), e);
        }
    }
}
