package nl.mijnaansluiting.servicedesk.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The add-on's translations (i18n/ma-servicedesk*.properties), in the reader's language: English for "en*", Dutch
 * for every other. Where the texts come from is the host's: in Jira its i18n (SAL's I18nResolver, which reads the
 * plugin's i18n resource and language packs), in the sandbox and tests these bundles directly ({@link #Messages()}).
 * Dutch is the base bundle, so any language we do not ship falls back to Dutch, never to the JVM's default locale.
 */
public final class Messages {

    /** Port: the host's lookup of a key in one of the two shipped languages, with {0}-style arguments filled in. */
    public interface Translator {
        /** The text, or the key itself when there is none. */
        String text(Locale language, String key, Object[] arguments);
    }

    public static final String BUNDLE = "i18n.ma-servicedesk";
    public static final Locale DUTCH = Locale.forLanguageTag("nl");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private static final ResourceBundle.Control NO_JVM_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ClassLoader loader;
    private final Translator translator;

    /** The shipped bundles, read with the plugin's class loader (the sandbox's host and tests). */
    public Messages() {
        this(Messages.class.getClassLoader());
    }

    Messages(ClassLoader loader) {
        this.loader = loader;
        this.translator = this::fromBundle;
    }

    /** Texts through the host's i18n (Jira). */
    public Messages(Translator translator) {
        this.loader = Messages.class.getClassLoader();
        this.translator = java.util.Objects.requireNonNull(translator, "translator");
    }

    /** The shipped language closest to the asked one: English for "en*", Dutch for everything else. */
    public static Locale supported(Locale asked) {
        return asked != null && ENGLISH.getLanguage().equals(asked.getLanguage()) ? ENGLISH : DUTCH;
    }

    /**
     * The translated text, with {0}-style arguments filled in; the key itself when it is missing. An argument
     * that is itself {@link Translated} (a question's label) is filled in in the same language.
     */
    public String text(Locale locale, String key, Object... args) {
        Locale language = supported(locale);
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Translated) {
                args = args.clone();
                for (int j = i; j < args.length; j++) {
                    args[j] = args[j] instanceof Translated ? ((Translated) args[j]).in(language) : args[j];
                }
                break;
            }
        }
        return translator.text(language, key, args);
    }

    private String fromBundle(Locale language, String key, Object[] args) {
        String pattern;
        try {
            pattern = bundle(language).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, language).format(args);
    }

    public ResourceBundle bundle(Locale locale) {
        Locale language = supported(locale);
        return ResourceBundle.getBundle(BUNDLE, DUTCH.equals(language) ? Locale.ROOT : language, loader, NO_JVM_FALLBACK);
    }
}
