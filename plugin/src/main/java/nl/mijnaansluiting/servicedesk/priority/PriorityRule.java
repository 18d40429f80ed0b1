package nl.mijnaansluiting.servicedesk.priority;

import nl.mijnaansluiting.servicedesk.text.Translated;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A rule of a product: when it applies it decides the level and says why. Rules are tried in order. */
public interface PriorityRule {

    /** The level this rule decides, with the criterion that decided it. */
    final class Decision {
        final String level;
        final String ruleId;
        final Translated criterion;

        Decision(String level, String ruleId, Translated criterion) {
            this.level = level;
            this.ruleId = ruleId;
            this.criterion = criterion;
        }
    }

    String id();

    Optional<Decision> decide(Answers answers);

    /** When {@code condition} holds, the level is {@code level}. */
    static PriorityRule when(String id, Condition condition, String level) {
        return new When(id, condition, level);
    }

    /**
     * An impact x urgency matrix (seed 001): the level is the cell of the two choices.
     * {@code cells} maps a row option to (column option to level).
     */
    static PriorityRule matrix(String id, String rowQuestion, String columnQuestion, Map<String, Map<String, String>> cells) {
        return new Matrix(id, rowQuestion, columnQuestion, cells);
    }

    final class When implements PriorityRule {
        final String id;
        final Condition condition;
        final String level;

        When(String id, Condition condition, String level) {
            this.id = Objects.requireNonNull(id);
            this.condition = Objects.requireNonNull(condition);
            this.level = Objects.requireNonNull(level);
        }

        public String id() {
            return id;
        }

        public Optional<Decision> decide(Answers answers) {
            return condition.test(answers) ? Optional.of(new Decision(level, id, condition.because(answers)))
                    : Optional.empty();
        }
    }

    final class Matrix implements PriorityRule {
        final String id;
        final String rowQuestion;
        final String columnQuestion;
        final Map<String, Map<String, String>> cells;

        Matrix(String id, String rowQuestion, String columnQuestion, Map<String, Map<String, String>> cells) {
            this.id = Objects.requireNonNull(id);
            this.rowQuestion = Objects.requireNonNull(rowQuestion);
            this.columnQuestion = Objects.requireNonNull(columnQuestion);
            Map<String, Map<String, String>> copy = new LinkedHashMap<>();
            cells.forEach((row, columns) -> copy.put(row, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns))));
            this.cells = java.util.Collections.unmodifiableMap(copy);
        }

        public String id() {
            return id;
        }

        public Optional<Decision> decide(Answers answers) {
            Optional<String> row = answers.choice(rowQuestion);
            Optional<String> column = answers.choice(columnQuestion);
            if (row.isEmpty() || column.isEmpty() || !cells.containsKey(row.get())
                    || !cells.get(row.get()).containsKey(column.get())) {
                return Optional.empty();
            }
            Product product = answers.product();
            Question rows = product.question(rowQuestion).orElseThrow();
            Question columns = product.question(columnQuestion).orElseThrow();
            Translated r = rows.option(row.get()).orElseThrow().label();
            Translated c = columns.option(column.get()).orElseThrow().label();
            Translated criterion = Translated.of(
                    rows.label().dutch() + " " + r.dutch() + " en " + columns.label().dutch().toLowerCase() + " " + c.dutch(),
                    rows.label().english() + " " + r.english() + " and " + columns.label().english().toLowerCase() + " " + c.english());
            return Optional.of(new Decision(cells.get(row.get()).get(column.get()), id, criterion));
        }
    }
}
