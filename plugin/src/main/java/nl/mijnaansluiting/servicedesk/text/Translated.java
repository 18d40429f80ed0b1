package nl.mijnaansluiting.servicedesk.text;


import java.util.Locale;
import java.util.Objects;

/** A text an admin writes in both languages (template names, labels, help). */
public final class Translated {

    private final String dutch;
    private final String english;

    public Translated(String dutch, String english) {
        this.dutch = Objects.requireNonNull(dutch, "dutch");
        this.english = english == null || english.isBlank() ? dutch : english;
    }

    public static Translated of(String dutch, String english) {
        return new Translated(dutch, english);
    }

    public String dutch() {
        return dutch;
    }

    public String english() {
        return english;
    }

    public String in(Locale locale) {
        return Messages.ENGLISH.equals(Messages.supported(locale)) ? english : dutch;
    }
}
