package nl.mijnaansluiting.servicedesk.jira;

import com.atlassian.sal.api.message.I18nResolver;
import nl.mijnaansluiting.servicedesk.text.Messages;

import java.io.Serializable;
import java.util.Locale;

/**
 * The add-on's texts through Jira's i18n (SAL's I18nResolver reads the plugin's {@code <resource type="i18n">} and
 * any language pack an admin installed), in the language {@link Messages} chose for the reader. Arguments go over as
 * they are when Jira can keep them (strings, numbers), as text otherwise.
 */
public class SalTranslator implements Messages.Translator {

    private final I18nResolver i18n;

    public SalTranslator(I18nResolver i18n) {
        this.i18n = i18n;
    }

    @Override
    public String text(Locale language, String key, Object[] arguments) {
        if (arguments == null || arguments.length == 0) {
            // Unformatted, as the add-on's own bundles give a text without arguments: Jira's getText formats every
            // text, which would take a "{organisation}" in a help text for an argument and eat apostrophes.
            String raw = i18n.getRawText(language, key);
            return raw == null ? key : raw;
        }
        Serializable[] given = new Serializable[arguments == null ? 0 : arguments.length];
        for (int i = 0; i < given.length; i++) {
            Object argument = arguments[i];
            given[i] = argument == null || argument instanceof Serializable ? (Serializable) argument : argument.toString();
        }
        String text = i18n.getText(language, key, given);
        return text == null ? key : text;
    }
}
