package nl.mijnaansluiting.servicedesk.bench;

import nl.mijnaansluiting.servicedesk.priority.Condition;
import nl.mijnaansluiting.servicedesk.priority.Evaluation;
import nl.mijnaansluiting.servicedesk.priority.PriorityRule;
import nl.mijnaansluiting.servicedesk.priority.PriorityScheme;
import nl.mijnaansluiting.servicedesk.priority.Product;
import nl.mijnaansluiting.servicedesk.priority.Question;
import nl.mijnaansluiting.servicedesk.text.Translated;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Evaluating a 20-rule scheme (target: under 2 microseconds), with the answers matching only the last
 * rule so every rule is tried; answers are checked on every call, as they are for a real request.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PriorityEvaluationBenchmark {

    private PriorityScheme scheme;
    private Map<String, String> answers;

    @Setup
    public void setUp() {
        Translated text = Translated.of("criterium", "criterion");
        List<Question.Option> options = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            options.add(Question.option("o" + i, "Optie " + i, "Option " + i));
        }
        Question situation = Question.choice("situatie", text, options.toArray(new Question.Option[0]));
        Question count = Question.number("aantal", text);
        Question workaround = Question.yesNo("workaround", text);
        List<PriorityRule> rules = new ArrayList<>();
        String[] levels = {"K", "H", "M", "L"};
        for (int i = 0; i < 19; i++) {
            rules.add(PriorityRule.when("r" + i, Condition.all(
                    Condition.choice("situatie", "o" + (i % 9)),
                    Condition.range("aantal", i * 100, false, null, false, text),
                    Condition.yesNo("workaround", false, text)), levels[i % 4]));
        }
        rules.add(PriorityRule.when("r19", Condition.choice("situatie", "o9"), "L"));
        Product product = new Product("P", text, List.of(situation, count, workaround), rules, "L", text, null, null, null);
        scheme = new PriorityScheme("bench", text, List.of(
                new PriorityScheme.Level("K", text), new PriorityScheme.Level("H", text),
                new PriorityScheme.Level("M", text), new PriorityScheme.Level("L", text)), List.of(product), List.of());
        answers = Map.of("situatie", "o9", "aantal", "1500", "workaround", "ja");
    }

    @Benchmark
    public Evaluation evaluateTwentyRules() {
        return scheme.evaluate("P", answers);
    }
}
