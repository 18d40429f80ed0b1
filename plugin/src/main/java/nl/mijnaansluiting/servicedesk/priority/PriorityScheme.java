package nl.mijnaansluiting.servicedesk.priority;

import nl.mijnaansluiting.servicedesk.error.ProblemException;
import nl.mijnaansluiting.servicedesk.text.Translated;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A priority scheme: its levels from highest to lowest (K/H/M/L, 1/2/3, 1-4), its products and,
 * where the seed has them, flags derived beside the level (Mitz: calamiteit). Built once and then
 * only evaluated.
 */
public final class PriorityScheme {

    /** A level of the scheme with its name. */
    public static final class Level {
        private final String key;
        private final Translated name;

        public Level(String key, Translated name) {
            this.key = Objects.requireNonNull(key);
            this.name = Objects.requireNonNull(name);
        }

        public String key() {
            return key;
        }

        public Translated name() {
            return name;
        }
    }

    /** A flag (calamiteit) raised when its condition holds for the answers of any product. */
    public static final class FlagRule {
        final String key;
        final Condition condition;

        public FlagRule(String key, Condition condition) {
            this.key = Objects.requireNonNull(key);
            this.condition = Objects.requireNonNull(condition);
        }
    }

    private final String key;
    private final Translated name;
    private final List<Level> levels;
    private final Map<String, Product> products = new LinkedHashMap<>();
    private final List<FlagRule> flags;

    public PriorityScheme(String key, Translated name, List<Level> levels, List<Product> products, List<FlagRule> flags) {
        this.key = Objects.requireNonNull(key);
        this.name = Objects.requireNonNull(name);
        this.levels = List.copyOf(levels);
        products.forEach(p -> this.products.put(p.key(), p));
        this.flags = List.copyOf(flags);
    }

    public String key() {
        return key;
    }

    public Translated name() {
        return name;
    }

    public List<Level> levels() {
        return levels;
    }

    public List<Product> products() {
        return List.copyOf(products.values());
    }

    public Optional<Product> product(String productKey) {
        return Optional.ofNullable(productKey == null ? null : products.get(productKey));
    }

    List<FlagRule> flags() {
        return flags;
    }

    public boolean hasFlags() {
        return !flags.isEmpty();
    }

    /** The priority for a product's answers; an unknown product is not found, a wrong answer names its question. */
    public Evaluation evaluate(String productKey, Map<String, String> given) {
        Product product = product(productKey)
                .orElseThrow(() -> ProblemException.notFound("ma.priority.error.unknown-product", productKey, key));
        Answers answers = Answers.check(product, given);
        PriorityRule.Decision decision = null;
        for (PriorityRule rule : product.rules()) {
            Optional<PriorityRule.Decision> decided = rule.decide(answers);
            if (decided.isPresent()) {
                decision = decided.get();
                break;
            }
        }
        if (decision == null) {
            decision = new PriorityRule.Decision(product.defaultLevel(), "default", product.defaultReason());
        }
        String level = decision.level;
        Translated capReason = null;
        Optional<Product.Cap> cap = product.cap();
        if (cap.isPresent() && rank(level) < rank(cap.get().maxLevel)) {
            level = cap.get().maxLevel;
            capReason = cap.get().reason;
        }
        Map<String, Evaluation.Flag> raised = new LinkedHashMap<>();
        for (FlagRule flag : flags) {
            boolean holds = flag.condition.test(answers);
            raised.put(flag.key, new Evaluation.Flag(holds, holds ? flag.condition.because(answers) : null));
        }
        return new Evaluation(level, levelNamed(level).name(), decision.ruleId, decision.criterion, capReason,
                product.slaApplies(answers), raised);
    }

    private int rank(String level) {
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).key().equals(level)) {
                return i;
            }
        }
        throw new IllegalStateException("scheme " + key + " has no level " + level);
    }

    private Level levelNamed(String level) {
        return levels.get(rank(level));
    }
}
