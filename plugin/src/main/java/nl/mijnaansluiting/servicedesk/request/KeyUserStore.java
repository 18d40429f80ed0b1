package nl.mijnaansluiting.servicedesk.request;

import java.util.List;

/** Port: where key-user appointments are kept (Active Objects). */
public interface KeyUserStore {

    /** The key-users of one deelnemer, by username. */
    List<KeyUser> keyUsersOf(String organisationKey);

    boolean isKeyUser(String organisationKey, String username);

    /** Appoints; false when the person already was key-user of this deelnemer (nothing changes then). */
    boolean add(KeyUser keyUser);

    /** Revokes; false when the person was not key-user of this deelnemer. */
    boolean remove(String organisationKey, String username);
}
