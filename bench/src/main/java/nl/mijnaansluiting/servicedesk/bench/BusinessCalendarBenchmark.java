package nl.mijnaansluiting.servicedesk.bench;

import nl.mijnaansluiting.servicedesk.sla.BusinessCalendar;
import nl.mijnaansluiting.servicedesk.sla.PublicHolidays;
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

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.TimeUnit;

/**
 * The calendar's two questions on Dutch office hours with holidays (targets: due moment of 30 working
 * days under 1 microsecond; working time across a year under 5 microseconds), beside a reference that
 * steps minute by minute, so the ratio shows in one run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class BusinessCalendarBenchmark {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private BusinessCalendar office;
    private Instant start;
    private Instant yearLater;
    private Duration thirtyWorkingDays;

    @Setup
    public void setUp() {
        office = BusinessCalendar.builder("kantooruren", "Kantooruren", AMSTERDAM)
                .weekdays(LocalTime.of(8, 0), LocalTime.of(17, 0)).holidays(PublicHolidays.of("NL")).build();
        start = ZonedDateTime.of(2026, 11, 20, 14, 37, 0, 0, AMSTERDAM).toInstant();
        yearLater = start.plus(Duration.ofDays(365));
        thirtyWorkingDays = office.workingDay().multipliedBy(30);
        office.workingTimeBetween(start, yearLater.plus(Duration.ofDays(400)));
    }

    @Benchmark
    public Instant dueAtThirtyWorkingDays() {
        return office.dueAt(start, thirtyWorkingDays);
    }

    @Benchmark
    public Duration workingTimeAcrossAYear() {
        return office.workingTimeBetween(start, yearLater);
    }

    @Benchmark
    public Instant referenceMinuteSteppingDueAt() {
        long minutes = thirtyWorkingDays.toMinutes();
        Instant t = start;
        while (minutes > 0) {
            if (office.isWorkingTime(t)) {
                minutes--;
            }
            t = t.plusSeconds(60);
        }
        return t;
    }

    @Benchmark
    public long referenceMinuteSteppingAcrossAYear() {
        long minutes = 0;
        for (Instant t = start; t.isBefore(yearLater); t = t.plusSeconds(60)) {
            if (office.isWorkingTime(t)) {
                minutes++;
            }
        }
        return minutes;
    }
}
