package nl.mijnaansluiting.servicedesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.DBParam;
import net.java.ao.Query;
import nl.mijnaansluiting.servicedesk.request.KeyUser;
import nl.mijnaansluiting.servicedesk.request.KeyUserStore;

import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

/** Key-user appointments in Active Objects. */
public class AoKeyUserStore implements KeyUserStore {

    private final ActiveObjects ao;

    public AoKeyUserStore(ActiveObjects ao) {
        this.ao = ao;
    }

    static String appointment(String organisationKey, String username) {
        return organisationKey + "/" + username;
    }

    @Override
    public List<KeyUser> keyUsersOf(String organisationKey) {
        KeyUserEntity[] rows = ao.find(KeyUserEntity.class,
                Query.select().where("ORGANISATION_KEY = ?", organisationKey).order("USERNAME ASC"));
        return Arrays.stream(rows)
                .map(row -> new KeyUser(row.getOrganisationKey(), row.getUsername(), row.getAddedBy(),
                        row.getAddedAt().toInstant()))
                .collect(Collectors.toList());
    }

    @Override
    public boolean isKeyUser(String organisationKey, String username) {
        return ao.count(KeyUserEntity.class,
                Query.select().where("APPOINTMENT = ?", appointment(organisationKey, username))) > 0;
    }

    @Override
    public boolean add(KeyUser keyUser) {
        return ao.executeInTransaction(() -> {
            if (isKeyUser(keyUser.organisationKey(), keyUser.username())) {
                return false;
            }
            ao.create(KeyUserEntity.class,
                    new DBParam("ORGANISATION_KEY", keyUser.organisationKey()),
                    new DBParam("USERNAME", keyUser.username()),
                    new DBParam("APPOINTMENT", appointment(keyUser.organisationKey(), keyUser.username())),
                    new DBParam("ADDED_BY", keyUser.addedBy()),
                    new DBParam("ADDED_AT", Date.from(keyUser.addedAt())));
            return true;
        });
    }

    @Override
    public boolean remove(String organisationKey, String username) {
        return ao.executeInTransaction(() -> {
            KeyUserEntity[] rows = ao.find(KeyUserEntity.class,
                    Query.select().where("APPOINTMENT = ?", appointment(organisationKey, username)));
            if (rows.length == 0) {
                return false;
            }
            ao.delete(rows);
            return true;
        });
    }
}
