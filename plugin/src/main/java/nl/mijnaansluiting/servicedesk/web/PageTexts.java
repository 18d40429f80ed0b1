package nl.mijnaansluiting.servicedesk.web;

import nl.mijnaansluiting.servicedesk.text.Messages;

import java.util.List;
import java.util.Locale;

/** The translations a template reads as {@code $texts.get("key")}; listed in the Velocity allowlist. */
public final class PageTexts {

    private final Messages messages;
    private final Locale locale;

    public PageTexts(Messages messages, Locale locale) {
        this.messages = messages;
        this.locale = Messages.supported(locale);
    }

    public String get(String key) {
        return messages.text(locale, key);
    }

    /** With arguments, written in a template as a list: {@code $texts.get("key", [$name])}. */
    public String get(String key, List<?> arguments) {
        return messages.text(locale, key, arguments.toArray());
    }

    /** "nl" or "en", for the page's lang attribute. */
    public String getLanguage() {
        return locale.getLanguage();
    }
}
