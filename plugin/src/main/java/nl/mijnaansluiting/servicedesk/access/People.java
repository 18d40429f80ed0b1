package nl.mijnaansluiting.servicedesk.access;

import java.util.Locale;

/**
 * Port: how the host shows a person and which language they read. The add-on stores usernames; wherever a person
 * is shown it shows their display name, and what it writes for someone (a mail, a comment they author) is in their
 * language. Jira's users and profiles in Jira; the demo directory in the sandbox.
 */
public interface People {

    /** The person's display name ("Gert Agent"); the stored username itself when there is no such user (any more). */
    String displayName(String username);

    /** The language of the person's profile; the host's default language when they set none or are unknown. */
    Locale language(String username);

    /** Whether the host knows an active user of this name. */
    boolean exists(String username);
}
