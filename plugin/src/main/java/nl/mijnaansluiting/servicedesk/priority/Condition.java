package nl.mijnaansluiting.servicedesk.priority;

import nl.mijnaansluiting.servicedesk.text.Translated;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A criterion on the answers. When it holds, it also says in the seed's words why ({@link #because}):
 * the chosen option's text for a choice, the criterion's own text otherwise.
 */
public interface Condition {

    boolean test(Answers answers);

    /** Why it holds, for the explanation; only asked when {@link #test} is true. */
    Translated because(Answers answers);

    /** The answer to a choice question is one of these options. */
    static Condition choice(String question, String... options) {
        Set<String> allowed = Set.of(options);
        return new Condition() {
            public boolean test(Answers answers) {
                return answers.choice(question).filter(allowed::contains).isPresent();
            }

            public Translated because(Answers answers) {
                String chosen = answers.choice(question).orElseThrow();
                return answers.product().question(question).orElseThrow().option(chosen).orElseThrow().label();
            }
        };
    }

    /** A yes/no question answered {@code expected}. */
    static Condition yesNo(String question, boolean expected, Translated criterion) {
        return new Condition() {
            public boolean test(Answers answers) {
                return answers.yesNo(question).filter(v -> v == expected).isPresent();
            }

            public Translated because(Answers answers) {
                return criterion;
            }
        };
    }

    /**
     * A number between bounds; null for no bound. {@code minInclusive}/{@code maxInclusive} say whether
     * the bound itself belongs (&gt; 1000 is exclusive, 100-1000 inclusive).
     */
    static Condition range(String question, Number min, boolean minInclusive, Number max, boolean maxInclusive,
                           Translated criterion) {
        BigDecimal low = min == null ? null : new BigDecimal(min.toString());
        BigDecimal high = max == null ? null : new BigDecimal(max.toString());
        return new Condition() {
            public boolean test(Answers answers) {
                Optional<BigDecimal> value = answers.number(question);
                if (value.isEmpty()) {
                    return false;
                }
                BigDecimal v = value.get();
                boolean aboveLow = low == null || (minInclusive ? v.compareTo(low) >= 0 : v.compareTo(low) > 0);
                boolean belowHigh = high == null || (maxInclusive ? v.compareTo(high) <= 0 : v.compareTo(high) < 0);
                return aboveLow && belowHigh;
            }

            public Translated because(Answers answers) {
                return criterion;
            }
        };
    }

    /** Every one holds; the explanation names them all. */
    static Condition all(Condition... parts) {
        List<Condition> list = List.of(parts);
        return new Condition() {
            public boolean test(Answers answers) {
                for (Condition condition : list) {
                    if (!condition.test(answers)) {
                        return false;
                    }
                }
                return true;
            }

            public Translated because(Answers answers) {
                List<Translated> reasons = list.stream().map(c -> c.because(answers)).collect(Collectors.toList());
                return Translated.of(reasons.stream().map(Translated::dutch).collect(Collectors.joining("; ")),
                        reasons.stream().map(Translated::english).collect(Collectors.joining("; ")));
            }
        };
    }

    /** At least one holds; the explanation names the first that does. */
    static Condition any(Condition... parts) {
        List<Condition> list = List.of(parts);
        return new Condition() {
            public boolean test(Answers answers) {
                for (Condition condition : list) {
                    if (condition.test(answers)) {
                        return true;
                    }
                }
                return false;
            }

            public Translated because(Answers answers) {
                return list.stream().filter(c -> c.test(answers)).findFirst().orElseThrow().because(answers);
            }
        };
    }
}
