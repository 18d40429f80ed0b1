package nl.mijnaansluiting.servicedesk.priority;

import nl.mijnaansluiting.servicedesk.error.FieldError;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Warnings about a scheme that is valid but probably not what its admin meant: a rule that can never
 * match (its criteria contradict each other, or an earlier rule always decides first), and rules that
 * overlap with a different level (the earlier one wins where both match).
 * <p>
 * Each rule is seen as a union of boxes: per question, the answers it accepts (a set of options or
 * yes/no, or a number interval). Set arithmetic on boxes is exact for choice, yes/no and range
 * criteria and their AND/OR; "never matches" is only claimed when one earlier box covers a whole box.
 */
public final class SchemeAnalysis {

    /** Above this many boxes for one rule (AND of large ORs) a rule is not analysed. */
    private static final int MAX_BOXES = 256;

    private SchemeAnalysis() {
    }

    public static List<FieldError> warnings(PriorityScheme scheme) {
        List<FieldError> warnings = new ArrayList<>();
        List<Product> products = scheme.products();
        for (int p = 0; p < products.size(); p++) {
            List<PriorityRule> rules = products.get(p).rules();
            List<List<Box>> earlier = new ArrayList<>();
            for (int r = 0; r < rules.size(); r++) {
                PriorityRule rule = rules.get(r);
                String path = "products[" + p + "].rules[" + r + "]";
                List<Box> boxes = boxes(rule);
                if (boxes == null) {
                    earlier.add(null);
                    continue;
                }
                if (boxes.isEmpty()) {
                    warnings.add(new FieldError(path, "ma.priority.warning.never-matches", rule.id()));
                } else {
                    String shadow = shadowedBy(boxes, rules, earlier);
                    if (shadow != null) {
                        warnings.add(new FieldError(path, "ma.priority.warning.shadowed", rule.id(), shadow));
                    } else {
                        for (int e = 0; e < earlier.size(); e++) {
                            if (earlier.get(e) != null && !level(rules.get(e)).equals(level(rule))
                                    && intersects(boxes, earlier.get(e))) {
                                warnings.add(new FieldError(path, "ma.priority.warning.overlap", rule.id(), rules.get(e).id()));
                            }
                        }
                    }
                }
                earlier.add(boxes);
            }
        }
        return warnings;
    }

    /** The rule before that covers every box of this one alone, or null. */
    private static String shadowedBy(List<Box> boxes, List<PriorityRule> rules, List<List<Box>> earlier) {
        for (int e = 0; e < earlier.size(); e++) {
            List<Box> before = earlier.get(e);
            if (before != null && boxes.stream().allMatch(b -> before.stream().anyMatch(b::within))) {
                return rules.get(e).id();
            }
        }
        return null;
    }

    private static boolean intersects(List<Box> a, List<Box> b) {
        for (Box x : a) {
            for (Box y : b) {
                if (x.intersect(y) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A matrix's level differs per cell; it never counts as "the same level" as another rule. */
    private static String level(PriorityRule rule) {
        return rule instanceof PriorityRule.When ? ((PriorityRule.When) rule).level : "matrix:" + rule.id();
    }

    /** The boxes a rule accepts, null when it is too large to analyse. Empty: it accepts nothing. */
    static List<Box> boxes(PriorityRule rule) {
        if (rule instanceof PriorityRule.Matrix) {
            PriorityRule.Matrix matrix = (PriorityRule.Matrix) rule;
            List<Box> boxes = new ArrayList<>();
            matrix.cells.forEach((row, columns) -> columns.keySet().forEach(column -> boxes.add(
                    new Box().with(matrix.rowQuestion, Accepts.values(Set.of(row)))
                            .with(matrix.columnQuestion, Accepts.values(Set.of(column))))));
            return boxes;
        }
        return boxes(((PriorityRule.When) rule).condition);
    }

    private static List<Box> boxes(Condition condition) {
        if (condition instanceof Condition.Choice) {
            Condition.Choice choice = (Condition.Choice) condition;
            return List.of(new Box().with(choice.question, Accepts.values(new HashSet<>(choice.options))));
        }
        if (condition instanceof Condition.YesNo) {
            Condition.YesNo yesNo = (Condition.YesNo) condition;
            return List.of(new Box().with(yesNo.question, Accepts.values(Set.of(String.valueOf(yesNo.expected)))));
        }
        if (condition instanceof Condition.Range) {
            Condition.Range range = (Condition.Range) condition;
            Accepts interval = Accepts.interval(range.min, range.minInclusive, range.max, range.maxInclusive);
            return interval.isEmpty() ? List.of() : List.of(new Box().with(range.question, interval));
        }
        if (condition instanceof Condition.Any) {
            List<Box> union = new ArrayList<>();
            for (Condition part : ((Condition.Any) condition).parts) {
                List<Box> boxes = boxes(part);
                if (boxes == null || union.size() + boxes.size() > MAX_BOXES) {
                    return null;
                }
                union.addAll(boxes);
            }
            return union;
        }
        List<Box> product = List.of(new Box());
        for (Condition part : ((Condition.All) condition).parts) {
            List<Box> boxes = boxes(part);
            if (boxes == null) {
                return null;
            }
            List<Box> next = new ArrayList<>();
            for (Box a : product) {
                for (Box b : boxes) {
                    Box both = a.intersect(b);
                    if (both != null) {
                        next.add(both);
                    }
                }
            }
            if (next.size() > MAX_BOXES) {
                return null;
            }
            product = next;
        }
        return product;
    }

    /** Per question, the answers accepted; a question not named accepts anything (or no answer). */
    static final class Box {
        private final Map<String, Accepts> accepts = new HashMap<>();

        Box with(String question, Accepts what) {
            Box box = copy();
            box.accepts.put(question, what);
            return box;
        }

        private Box copy() {
            Box box = new Box();
            box.accepts.putAll(accepts);
            return box;
        }

        /** Both at once, or null when no answers satisfy both. */
        Box intersect(Box other) {
            Box both = copy();
            for (Map.Entry<String, Accepts> entry : other.accepts.entrySet()) {
                Accepts mine = both.accepts.get(entry.getKey());
                Accepts joined = mine == null ? entry.getValue() : mine.intersect(entry.getValue());
                if (joined.isEmpty()) {
                    return null;
                }
                both.accepts.put(entry.getKey(), joined);
            }
            return both;
        }

        /** Every answer this box accepts, {@code other} accepts too. */
        boolean within(Box other) {
            for (Map.Entry<String, Accepts> entry : other.accepts.entrySet()) {
                Accepts mine = accepts.get(entry.getKey());
                if (mine == null || !mine.within(entry.getValue())) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A set of option keys (or "true"/"false"), or a number interval. */
    static final class Accepts {
        private final Set<String> values;
        private final BigDecimal min;
        private final boolean minInclusive;
        private final BigDecimal max;
        private final boolean maxInclusive;

        private Accepts(Set<String> values, BigDecimal min, boolean minInclusive, BigDecimal max, boolean maxInclusive) {
            this.values = values;
            this.min = min;
            this.minInclusive = minInclusive;
            this.max = max;
            this.maxInclusive = maxInclusive;
        }

        static Accepts values(Set<String> values) {
            return new Accepts(Set.copyOf(values), null, false, null, false);
        }

        static Accepts interval(BigDecimal min, boolean minInclusive, BigDecimal max, boolean maxInclusive) {
            return new Accepts(null, min, minInclusive, max, maxInclusive);
        }

        boolean isEmpty() {
            if (values != null) {
                return values.isEmpty();
            }
            if (min == null || max == null) {
                return false;
            }
            int order = min.compareTo(max);
            return order > 0 || order == 0 && !(minInclusive && maxInclusive);
        }

        Accepts intersect(Accepts other) {
            if (values != null || other.values != null) {
                if (values == null || other.values == null) {
                    return values(Set.of());  // a question is either a choice or a number, never both
                }
                Set<String> both = new HashSet<>(values);
                both.retainAll(other.values);
                return values(both);
            }
            BigDecimal low = min;
            boolean lowIn = minInclusive;
            if (other.min != null && (low == null || other.min.compareTo(low) > 0
                    || other.min.compareTo(low) == 0 && !other.minInclusive)) {
                low = other.min;
                lowIn = other.minInclusive;
            }
            BigDecimal high = max;
            boolean highIn = maxInclusive;
            if (other.max != null && (high == null || other.max.compareTo(high) < 0
                    || other.max.compareTo(high) == 0 && !other.maxInclusive)) {
                high = other.max;
                highIn = other.maxInclusive;
            }
            return interval(low, lowIn, high, highIn);
        }

        boolean within(Accepts other) {
            if (values != null || other.values != null) {
                return values != null && other.values != null && other.values.containsAll(values);
            }
            boolean lowOk = other.min == null || min != null && (min.compareTo(other.min) > 0
                    || min.compareTo(other.min) == 0 && (other.minInclusive || !minInclusive));
            boolean highOk = other.max == null || max != null && (max.compareTo(other.max) < 0
                    || max.compareTo(other.max) == 0 && (other.maxInclusive || !maxInclusive));
            return lowOk && highOk;
        }
    }
}
