package nl.mijnaansluiting.servicedesk.priority;

import nl.mijnaansluiting.servicedesk.text.Translated;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Something a deelnemer answers when reporting an incident, from which the priority follows. */
public final class Question {

    /** How a deelnemer answers: by choosing one of the options, yes or no, a number, or a percentage (share of users). */
    public enum Type { CHOICE, YES_NO, NUMBER, PERCENTAGE }

    /** One answer of a choice question, in the seed's wording. */
    public static final class Option {
        private final String key;
        private final Translated label;

        public Option(String key, Translated label) {
            this.key = Objects.requireNonNull(key);
            this.label = Objects.requireNonNull(label);
        }

        public String key() {
            return key;
        }

        public Translated label() {
            return label;
        }
    }

    private final String key;
    private final Translated label;
    private final Type type;
    private final boolean required;
    private final List<Option> options;

    private Question(String key, Translated label, Type type, boolean required, List<Option> options) {
        this.key = Objects.requireNonNull(key);
        this.label = Objects.requireNonNull(label);
        this.type = Objects.requireNonNull(type);
        this.required = required;
        this.options = List.copyOf(options);
    }

    /** Any kind of question, as a definition read from JSON describes it. */
    public static Question of(String key, Translated label, Type type, boolean required, List<Option> options) {
        return new Question(key, label, type, required, type == Type.CHOICE ? options : List.of());
    }

    public static Question choice(String key, Translated label, Option... options) {
        return new Question(key, label, Type.CHOICE, true, List.of(options));
    }

    public static Question yesNo(String key, Translated label) {
        return new Question(key, label, Type.YES_NO, true, List.of());
    }

    public static Question number(String key, Translated label) {
        return new Question(key, label, Type.NUMBER, true, List.of());
    }

    public static Question percentage(String key, Translated label, boolean required) {
        return new Question(key, label, Type.PERCENTAGE, required, List.of());
    }

    public static Option option(String key, String dutch, String english) {
        return new Option(key, Translated.of(dutch, english));
    }

    public String key() {
        return key;
    }

    public Translated label() {
        return label;
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

    public Optional<Option> option(String optionKey) {
        return options.stream().filter(o -> o.key().equals(optionKey)).findFirst();
    }
}
