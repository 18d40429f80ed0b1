package nl.mijnaansluiting.servicedesk.request;

import nl.mijnaansluiting.servicedesk.text.Translated;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One question on a request template. */
public final class TemplateField {

    /** What a field holds; the portal draws a matching input. */
    public enum Type { TEXT, TEXTAREA, CHOICE, DATE, NUMBER, ATTACHMENT, DATETIME }

    /** One answer of a choice field. */
    public static final class Option {
        private final String key;
        private final Translated label;

        public Option(String key, Translated label) {
            this.key = Objects.requireNonNull(key, "key");
            this.label = Objects.requireNonNull(label, "label");
        }

        public String key() {
            return key;
        }

        public Translated label() {
            return label;
        }
    }

    public static final int TEXT_MAX = 255;
    public static final int TEXTAREA_MAX = 32_000;
    /** An attachment field takes at most this many files, of at most {@link #ATTACHMENT_MAX_BYTES} each. */
    public static final int ATTACHMENT_MAX_FILES = 5;
    public static final int ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

    private final String key;
    private final Translated label;
    private final Translated help;
    private final Type type;
    private final boolean required;
    private final List<Option> options;
    private final boolean notInPast;

    private TemplateField(String key, Translated label, Translated help, Type type, boolean required,
                          List<Option> options, boolean notInPast) {
        this.key = Objects.requireNonNull(key, "key");
        this.label = Objects.requireNonNull(label, "label");
        this.help = help;
        this.type = Objects.requireNonNull(type, "type");
        this.required = required;
        this.options = List.copyOf(options);
        this.notInPast = notInPast;
    }

    public static TemplateField text(String key, Translated label, Translated help, boolean required) {
        return new TemplateField(key, label, help, Type.TEXT, required, List.of(), false);
    }

    public static TemplateField textarea(String key, Translated label, Translated help, boolean required) {
        return new TemplateField(key, label, help, Type.TEXTAREA, required, List.of(), false);
    }

    public static TemplateField choice(String key, Translated label, Translated help, boolean required, List<Option> options) {
        return new TemplateField(key, label, help, Type.CHOICE, required, options, false);
    }

    public static TemplateField number(String key, Translated label, Translated help, boolean required) {
        return new TemplateField(key, label, help, Type.NUMBER, required, List.of(), false);
    }

    /** Files (screenshots, logs): at most {@link #ATTACHMENT_MAX_FILES} of {@link #ATTACHMENT_MAX_BYTES} each. */
    public static TemplateField attachment(String key, Translated label, Translated help, boolean required) {
        return new TemplateField(key, label, help, Type.ATTACHMENT, required, List.of(), false);
    }

    /** A date; {@code notInPast} refuses dates before today (a desired implementation date, say). */
    /** A moment (date and time, the service desk's zone), never in the future: when an outage began (seed 001). */
    public static TemplateField dateTime(String key, Translated label, Translated help, boolean required) {
        return new TemplateField(key, label, help, Type.DATETIME, required, List.of(), false);
    }

    public static TemplateField date(String key, Translated label, Translated help, boolean required, boolean notInPast) {
        return new TemplateField(key, label, help, Type.DATE, required, List.of(), notInPast);
    }

    public String key() {
        return key;
    }

    public Translated label() {
        return label;
    }

    public Optional<Translated> help() {
        return Optional.ofNullable(help);
    }

    public Type type() {
        return type;
    }

    public boolean required() {
        return required;
    }

    public List<Option> options() {
        return options;
    }

    public boolean notInPast() {
        return notInPast;
    }

    public Optional<Option> option(String optionKey) {
        return options.stream().filter(o -> o.key().equals(optionKey)).findFirst();
    }
}
