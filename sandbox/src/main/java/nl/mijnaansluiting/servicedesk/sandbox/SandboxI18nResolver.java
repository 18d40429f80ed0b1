package nl.mijnaansluiting.servicedesk.sandbox;

import com.atlassian.sal.api.message.I18nResolver;
import nl.mijnaansluiting.servicedesk.text.Messages;

import java.io.Serializable;
import java.util.Locale;

/**
 * The sandbox's stand-in for Jira's i18n (SAL's I18nResolver): the plugin's own bundles, as Jira reads the plugin's
 * i18n resource. The plugin's texts reach people through it in the sandbox as they do through Jira's in Jira.
 */
public final class SandboxI18nResolver implements I18nResolver {

    private final Messages bundles = new Messages();

    @Override
    public String getText(Locale locale, String key, Serializable... arguments) {
        return bundles.text(locale, key, (Object[]) arguments);
    }

    @Override
    public String getRawText(Locale locale, String key) {
        return bundles.text(locale, key);
    }
}
