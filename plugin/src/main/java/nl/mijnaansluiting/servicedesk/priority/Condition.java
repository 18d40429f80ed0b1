package nl.mijnaansluiting.servicedesk.priority;

import nl.mijnaansluiting.servicedesk.text.Translated;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A criterion on the answers. When it holds, it also says in the seed's words why ({@link #because}):
 * the chosen option's text for a choice, the criterion's own text otherwise. The kinds are plain
 * values, so a scheme can be written out as JSON, read back and checked ({@link SchemeDefinitions}).
 */
public interface Condition {

    boolean test(Answers answers);

    /** Why it holds, for the explanation; only asked when {@link #test} is true. */
    Translated because(Answers answers);

    /** The answer to a choice question is one of these options. */
    static Condition choice(String question, String... options) {
        return new Choice(question, List.of(options));
    }

    /** A yes/no question answered {@code expected}. */
    static Condition yesNo(String question, boolean expected, Translated criterion) {
        return new YesNo(question, expected, criterion);
    }

    /**
     * A number between bounds; null for no bound. {@code minInclusive}/{@code maxInclusive} say whether
     * the bound itself belongs (&gt; 1000 is exclusive, 100-1000 inclusive).
     */
    static Condition range(String question, Number min, boolean minInclusive, Number max, boolean maxInclusive,
                           Translated criterion) {
        return new Range(question, min == null ? null : new BigDecimal(min.toString()), minInclusive,
                max == null ? null : new BigDecimal(max.toString()), maxInclusive, criterion);
    }

    /** Every one holds; the explanation names them all. */
    static Condition all(Condition... parts) {
        return new All(List.of(parts));
    }

    /** At least one holds; the explanation names the first that does. */
    static Condition any(Condition... parts) {
        return new Any(List.of(parts));
    }

    final class Choice implements Condition {
        final String question;
        final List<String> options;
        private final Set<String> allowed;

        Choice(String question, List<String> options) {
            this.question = Objects.requireNonNull(question);
            this.options = List.copyOf(options);
            this.allowed = Set.copyOf(new LinkedHashSet<>(options));
        }

        public boolean test(Answers answers) {
            return answers.choice(question).filter(allowed::contains).isPresent();
        }

        public Translated because(Answers answers) {
            String chosen = answers.choice(question).orElseThrow();
            return answers.product().question(question).orElseThrow().option(chosen).orElseThrow().label();
        }
    }

    final class YesNo implements Condition {
        final String question;
        final boolean expected;
        final Translated criterion;

        YesNo(String question, boolean expected, Translated criterion) {
            this.question = Objects.requireNonNull(question);
            this.expected = expected;
            this.criterion = Objects.requireNonNull(criterion);
        }

        public boolean test(Answers answers) {
            return answers.yesNo(question).filter(v -> v == expected).isPresent();
        }

        public Translated because(Answers answers) {
            return criterion;
        }
    }

    final class Range implements Condition {
        final String question;
        final BigDecimal min;
        final boolean minInclusive;
        final BigDecimal max;
        final boolean maxInclusive;
        final Translated criterion;

        Range(String question, BigDecimal min, boolean minInclusive, BigDecimal max, boolean maxInclusive,
              Translated criterion) {
            this.question = Objects.requireNonNull(question);
            this.min = min;
            this.minInclusive = minInclusive;
            this.max = max;
            this.maxInclusive = maxInclusive;
            this.criterion = Objects.requireNonNull(criterion);
        }

        public boolean test(Answers answers) {
            Optional<BigDecimal> value = answers.number(question);
            return value.isPresent() && contains(value.get());
        }

        boolean contains(BigDecimal v) {
            boolean aboveLow = min == null || (minInclusive ? v.compareTo(min) >= 0 : v.compareTo(min) > 0);
            boolean belowHigh = max == null || (maxInclusive ? v.compareTo(max) <= 0 : v.compareTo(max) < 0);
            return aboveLow && belowHigh;
        }

        public Translated because(Answers answers) {
            return criterion;
        }
    }

    final class All implements Condition {
        final List<Condition> parts;

        All(List<Condition> parts) {
            this.parts = List.copyOf(parts);
        }

        public boolean test(Answers answers) {
            for (Condition condition : parts) {
                if (!condition.test(answers)) {
                    return false;
                }
            }
            return true;
        }

        public Translated because(Answers answers) {
            List<Translated> reasons = parts.stream().map(c -> c.because(answers)).collect(Collectors.toList());
            return Translated.of(reasons.stream().map(Translated::dutch).collect(Collectors.joining("; ")),
                    reasons.stream().map(Translated::english).collect(Collectors.joining("; ")));
        }
    }

    final class Any implements Condition {
        final List<Condition> parts;

        Any(List<Condition> parts) {
            this.parts = List.copyOf(parts);
        }

        public boolean test(Answers answers) {
            for (Condition condition : parts) {
                if (condition.test(answers)) {
                    return true;
                }
            }
            return false;
        }

        public Translated because(Answers answers) {
            return parts.stream().filter(c -> c.test(answers)).findFirst().orElseThrow().because(answers);
        }
    }
}
