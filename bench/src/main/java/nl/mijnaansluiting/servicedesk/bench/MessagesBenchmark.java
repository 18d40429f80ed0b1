package nl.mijnaansluiting.servicedesk.bench;

import nl.mijnaansluiting.servicedesk.text.Messages;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * A translated text with an argument, as every page and every REST error asks for several: it should
 * cost well under a microsecond, so pages never need a cache of their own.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MessagesBenchmark {

    private final Messages messages = new Messages();

    @Benchmark
    public String dutchTextWithArgument() {
        return messages.text(Messages.DUTCH, "ma.home.welcome", "Anna de Vries");
    }

    @Benchmark
    public String englishTextWithoutArgument() {
        return messages.text(Locale.ENGLISH, "ma.audit.title");
    }
}
