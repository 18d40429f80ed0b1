package nl.mijnaansluiting.servicedesk.priority;

import nl.mijnaansluiting.servicedesk.text.Translated;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One product of a scheme (LIP, DSP, ...): its questions, its rules in order, the level when no rule
 * applies, an optional cap (Rapportages: never Kritiek, at most Hoog) and the environment question
 * that decides whether the SLA applies (seed 000: only on Productie).
 */
public final class Product {

    /** The highest level a product may get, and why. */
    public static final class Cap {
        final String maxLevel;
        final Translated reason;

        public Cap(String maxLevel, Translated reason) {
            this.maxLevel = Objects.requireNonNull(maxLevel);
            this.reason = Objects.requireNonNull(reason);
        }
    }

    private final String key;
    private final Translated name;
    private final List<Question> questions;
    private final List<PriorityRule> rules;
    private final String defaultLevel;
    private final Translated defaultReason;
    private final Cap cap;
    private final String environmentQuestion;
    private final String productionOption;

    public Product(String key, Translated name, List<Question> questions, List<PriorityRule> rules, String defaultLevel,
                   Translated defaultReason, Cap cap, String environmentQuestion, String productionOption) {
        this.key = Objects.requireNonNull(key);
        this.name = Objects.requireNonNull(name);
        this.questions = List.copyOf(questions);
        this.rules = List.copyOf(rules);
        this.defaultLevel = Objects.requireNonNull(defaultLevel);
        this.defaultReason = Objects.requireNonNull(defaultReason);
        this.cap = cap;
        this.environmentQuestion = environmentQuestion;
        this.productionOption = productionOption;
    }

    public String key() {
        return key;
    }

    public Translated name() {
        return name;
    }

    public List<Question> questions() {
        return questions;
    }

    public Optional<Question> question(String questionKey) {
        return questions.stream().filter(q -> q.key().equals(questionKey)).findFirst();
    }

    List<PriorityRule> rules() {
        return rules;
    }

    /** The rules' ids in the order they are tried (what warnings and pages name them by). */
    public List<String> ruleIds() {
        return rules.stream().map(PriorityRule::id).collect(java.util.stream.Collectors.toList());
    }

    String defaultLevel() {
        return defaultLevel;
    }

    Translated defaultReason() {
        return defaultReason;
    }

    Optional<Cap> cap() {
        return Optional.ofNullable(cap);
    }

    /** The question whose answer says Productie or not; null when the SLA always applies. */
    String environmentQuestion() {
        return environmentQuestion;
    }

    String productionOption() {
        return productionOption;
    }

    /**
     * Answers as a form elsewhere gives them (a Jira select list holds the option's text, not its key):
     * a choice answer that is an option's Dutch or English text becomes that option's key.
     */
    public java.util.Map<String, String> answersByKey(java.util.Map<String, String> given) {
        java.util.Map<String, String> keyed = new java.util.LinkedHashMap<>(given);
        for (Question question : questions) {
            String value = given.get(question.key());
            if (question.type() != Question.Type.CHOICE || value == null || question.option(value.trim()).isPresent()) {
                continue;
            }
            question.options().stream().filter(o -> o.label().dutch().equalsIgnoreCase(value.trim())
                    || o.label().english().equalsIgnoreCase(value.trim())).findFirst()
                    .ifPresent(o -> keyed.put(question.key(), o.key()));
        }
        return keyed;
    }

    /** True unless an environment question says the incident is not on Productie. */
    boolean slaApplies(Answers answers) {
        return environmentQuestion == null
                || answers.choice(environmentQuestion).map(productionOption::equals).orElse(false);
    }
}
