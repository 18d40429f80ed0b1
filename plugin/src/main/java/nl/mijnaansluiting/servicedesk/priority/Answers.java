package nl.mijnaansluiting.servicedesk.priority;

import nl.mijnaansluiting.servicedesk.error.ProblemException;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A deelnemer's answers for one product, checked against its questions: an option key for a choice,
 * yes/no (ja/nee, true/false), a number, a percentage from 0 to 100. A wrong or missing answer names its
 * question by the label the deelnemer reads (a {@link nl.mijnaansluiting.servicedesk.text.Translated}), never its key.
 */
public final class Answers {

    private final Map<String, Object> values;
    private final Product product;

    private Answers(Product product, Map<String, Object> values) {
        this.product = product;
        this.values = values;
    }

    static Answers check(Product product, Map<String, String> given) {
        for (String key : given.keySet()) {
            if (product.question(key).isEmpty()) {
                throw ProblemException.badInput(key, "ma.priority.error.unknown-question", key, product.key());
            }
        }
        Map<String, Object> values = new HashMap<>();
        for (Question question : product.questions()) {
            String raw = given.get(question.key());
            raw = raw == null ? "" : raw.trim();
            if (raw.isEmpty()) {
                if (question.required()) {
                    throw ProblemException.badInput(question.key(), "ma.priority.error.answer-required", question.label());
                }
                continue;
            }
            values.put(question.key(), parse(question, raw));
        }
        return new Answers(product, values);
    }

    private static Object parse(Question question, String raw) {
        switch (question.type()) {
            case CHOICE:
                if (question.option(raw).isEmpty()) {
                    throw ProblemException.badInput(question.key(), "ma.priority.error.unknown-option", raw, question.label());
                }
                return raw;
            case YES_NO:
                switch (raw.toLowerCase(java.util.Locale.ROOT)) {
                    case "ja": case "yes": case "true": return Boolean.TRUE;
                    case "nee": case "no": case "false": return Boolean.FALSE;
                    default: throw ProblemException.badInput(question.key(), "ma.priority.error.yes-no", raw, question.label());
                }
            case NUMBER:
            case PERCENTAGE:
                BigDecimal number;
                try {
                    number = new BigDecimal(raw.replace(',', '.').replace("%", "").trim());
                } catch (NumberFormatException e) {
                    throw ProblemException.badInput(question.key(), "ma.priority.error.number", raw, question.label());
                }
                boolean percentage = question.type() == Question.Type.PERCENTAGE;
                if (number.signum() < 0 || percentage && number.compareTo(BigDecimal.valueOf(100)) > 0) {
                    throw ProblemException.badInput(question.key(),
                            percentage ? "ma.priority.error.percentage" : "ma.priority.error.negative", raw, question.label());
                }
                return number;
            default:
                throw new IllegalStateException("unhandled question type " + question.type());
        }
    }

    Optional<String> choice(String question) {
        Object value = values.get(question);
        return value instanceof String ? Optional.of((String) value) : Optional.empty();
    }

    Optional<Boolean> yesNo(String question) {
        Object value = values.get(question);
        return value instanceof Boolean ? Optional.of((Boolean) value) : Optional.empty();
    }

    Optional<BigDecimal> number(String question) {
        Object value = values.get(question);
        return value instanceof BigDecimal ? Optional.of((BigDecimal) value) : Optional.empty();
    }

    Product product() {
        return product;
    }
}
