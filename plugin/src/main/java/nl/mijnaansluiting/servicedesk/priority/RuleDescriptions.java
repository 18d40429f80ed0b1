package nl.mijnaansluiting.servicedesk.priority;

import nl.mijnaansluiting.servicedesk.text.Messages;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** A scheme's rules in words, for the admin page: what an admin reads to check a rule against the seed. */
public final class RuleDescriptions {

    /** One rule as a row of the admin page's rule table. */
    public static final class Row {
        private final String id;
        private final String level;
        private final String criteria;
        private final List<List<String>> matrix;

        Row(String id, String level, String criteria, List<List<String>> matrix) {
            this.id = id;
            this.level = level;
            this.criteria = criteria;
            this.matrix = matrix;
        }

        public String getId() {
            return id;
        }

        public String getLevel() {
            return level;
        }

        public String getCriteria() {
            return criteria;
        }

        /** For a matrix: the header row and then one row per row answer; empty otherwise. */
        public List<List<String>> getMatrix() {
            return matrix;
        }
    }

    private final Messages messages;
    private final Locale locale;

    public RuleDescriptions(Messages messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    public List<Row> rows(Product product) {
        List<Row> rows = new ArrayList<>();
        for (PriorityRule rule : product.rules()) {
            if (rule instanceof PriorityRule.When) {
                PriorityRule.When when = (PriorityRule.When) rule;
                rows.add(new Row(when.id, when.level, describe(product, when.condition), List.of()));
            } else {
                PriorityRule.Matrix matrix = (PriorityRule.Matrix) rule;
                Question rowsQuestion = product.question(matrix.rowQuestion).orElseThrow();
                Question columnsQuestion = product.question(matrix.columnQuestion).orElseThrow();
                List<List<String>> table = new ArrayList<>();
                List<String> header = new ArrayList<>();
                header.add(rowsQuestion.label().in(locale) + " \\ " + columnsQuestion.label().in(locale));
                columnsQuestion.options().forEach(o -> header.add(o.key()));
                table.add(header);
                for (Question.Option row : rowsQuestion.options()) {
                    List<String> line = new ArrayList<>();
                    line.add(row.key());
                    Map<String, String> cells = matrix.cells.getOrDefault(row.key(), Map.of());
                    columnsQuestion.options().forEach(c -> line.add(cells.getOrDefault(c.key(), "")));
                    table.add(line);
                }
                rows.add(new Row(matrix.id, "", messages.text(locale, "ma.priority.admin.matrix",
                        rowsQuestion.label().in(locale), columnsQuestion.label().in(locale)), table));
            }
        }
        return rows;
    }

    public String describe(Product product, Condition condition) {
        if (condition instanceof Condition.Choice) {
            Condition.Choice choice = (Condition.Choice) condition;
            Question question = product.question(choice.question).orElse(null);
            String options = choice.options.stream()
                    .map(o -> question == null ? o : question.option(o).map(x -> x.label().in(locale)).orElse(o))
                    .collect(Collectors.joining(" | "));
            return label(product, choice.question) + ": " + options;
        }
        if (condition instanceof Condition.YesNo) {
            Condition.YesNo yesNo = (Condition.YesNo) condition;
            return label(product, yesNo.question) + " = " + messages.text(locale, yesNo.expected ? "ma.priority.admin.yes"
                    : "ma.priority.admin.no") + " (" + yesNo.criterion.in(locale) + ")";
        }
        if (condition instanceof Condition.Range) {
            Condition.Range range = (Condition.Range) condition;
            List<String> bounds = new ArrayList<>();
            if (range.min != null) {
                bounds.add((range.minInclusive ? ">= " : "> ") + plain(range.min));
            }
            if (range.max != null) {
                bounds.add((range.maxInclusive ? "<= " : "< ") + plain(range.max));
            }
            return label(product, range.question) + " " + String.join(", ", bounds) + " (" + range.criterion.in(locale) + ")";
        }
        boolean all = condition instanceof Condition.All;
        List<Condition> parts = all ? ((Condition.All) condition).parts : ((Condition.Any) condition).parts;
        String joiner = " " + messages.text(locale, all ? "ma.priority.admin.and" : "ma.priority.admin.or") + " ";
        return parts.stream().map(p -> parts.size() > 1 && (p instanceof Condition.All || p instanceof Condition.Any)
                ? "(" + describe(product, p) + ")" : describe(product, p)).collect(Collectors.joining(joiner));
    }

    private String label(Product product, String question) {
        return product.question(question).map(q -> q.label().in(locale)).orElse(question);
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    /** The level when no rule applies, to edit in the rules table. */
    public String defaultLevel(Product product) {
        return product.defaultLevel();
    }

    /** The cap's level, or "" when the product has none. */
    public String capLevel(Product product) {
        return product.cap().map(cap -> cap.maxLevel).orElse("");
    }

    /** The product's default level and why, the cap and the environment rule, in words. */
    public List<String> notes(Product product) {
        List<String> notes = new ArrayList<>();
        notes.add(messages.text(locale, "ma.priority.admin.default", product.defaultLevel(), product.defaultReason().in(locale)));
        product.cap().ifPresent(cap -> notes.add(messages.text(locale, "ma.priority.admin.cap", cap.maxLevel, cap.reason.in(locale))));
        if (product.environmentQuestion() != null) {
            String production = product.question(product.environmentQuestion()).flatMap(q -> q.option(product.productionOption()))
                    .map(o -> o.label().in(locale)).orElse(product.productionOption());
            notes.add(messages.text(locale, "ma.priority.admin.environment", label(product, product.environmentQuestion()), production));
        }
        return notes;
    }
}
