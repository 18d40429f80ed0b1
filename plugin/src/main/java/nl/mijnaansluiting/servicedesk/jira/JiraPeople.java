package nl.mijnaansluiting.servicedesk.jira;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserKey;
import nl.mijnaansluiting.servicedesk.access.People;

import java.util.Locale;
import java.util.Optional;

/**
 * Jira's users as people see them: the display name of the user with the stored username, and the language of the
 * user's profile (SAL's LocaleResolver: the profile's, or Jira's default language when the user chose none).
 */
public class JiraPeople implements People {

    private final UserManager users;
    private final LocaleResolver locales;

    public JiraPeople(UserManager users, LocaleResolver locales) {
        this.users = users;
        this.locales = locales;
    }

    @Override
    public String displayName(String username) {
        return user(username).map(ApplicationUser::getDisplayName).filter(name -> !name.isBlank()).orElse(username);
    }

    @Override
    public Locale language(String username) {
        return user(username).map(this::language).orElseGet(() -> locales.getLocale((UserKey) null));
    }

    @Override
    public boolean exists(String username) {
        return user(username).filter(ApplicationUser::isActive).isPresent();
    }

    /** The language of a user's profile. */
    Locale language(ApplicationUser user) {
        return locales.getLocale(new UserKey(user.getKey()));
    }

    private Optional<ApplicationUser> user(String username) {
        return Optional.ofNullable(username == null || username.isBlank() ? null : users.getUserByName(username));
    }
}
