package nl.mijnaansluiting.servicedesk.request;

import java.util.List;
import java.util.Optional;

/** Port: the deelnemers and their people. JSM organisations in Jira; the demo directory in the sandbox. */
public interface CustomerDirectory {

    List<Organisation> organisations();

    Optional<Organisation> organisation(String key);

    /** A person by username or, failing that, by e-mail address (case-insensitive). */
    Optional<Customer> findByUsernameOrEmail(String usernameOrEmail);

    boolean isMember(String organisationKey, String username);
}
