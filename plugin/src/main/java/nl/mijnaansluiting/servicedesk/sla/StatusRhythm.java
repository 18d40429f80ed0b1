package nl.mijnaansluiting.servicedesk.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * When the next status of a major incident is due, as Borger.dk's "Løbende orientering" states it (seed 003):
 * inside measurement period 1 (the goal's calendar: weekdays 08-22, weekends 10-20) one hour after the last one;
 * in measurement period 2 (weekdays 22-08, weekends 20-08) "Meddelelse kommunikeres følgende dag kl. 8.00", the
 * next 08:00. The weekend's 08:00-10:00 lies in neither period; there the status is due when period 1 opens
 * (10:00), the earlier of the two rules. Not working time counted down: a deadline rule, one step per status,
 * each step a constant number of lookups in the compiled calendar.
 */
public final class StatusRhythm {

    private final Duration every;
    private final LocalTime nextMorningAt;

    public StatusRhythm(Duration every, LocalTime nextMorningAt) {
        this.every = Objects.requireNonNull(every, "every");
        this.nextMorningAt = Objects.requireNonNull(nextMorningAt, "nextMorningAt");
        if (every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException("a status rhythm is positive: " + every);
        }
    }

    /** How often inside measurement period 1 (1 hour). */
    public Duration every() {
        return every;
    }

    /** The time of day a status is due after a moment in measurement period 2 (08:00). */
    public LocalTime nextMorningAt() {
        return nextMorningAt;
    }

    /**
     * The status after one given (or the incident's start) at {@code at}: {@code every} later inside the
     * calendar's hours; outside them the next {@code nextMorningAt}, or the calendar's next opening when that
     * comes first.
     */
    public Instant next(BusinessCalendar periodOne, Instant at) {
        if (periodOne.isWorkingTime(at)) {
            return at.plus(every);
        }
        ZonedDateTime local = at.atZone(periodOne.zone());
        ZonedDateTime morning = local.with(nextMorningAt);
        if (!morning.toInstant().isAfter(at)) {
            morning = local.toLocalDate().plusDays(1).atTime(nextMorningAt).atZone(periodOne.zone());
        }
        Instant opening = periodOne.dueAt(at, Duration.ofSeconds(1)).minusSeconds(1);
        return opening.isBefore(morning.toInstant()) ? opening : morning.toInstant();
    }

    /** The {@code n}-th status due after {@code from} (n = 1: the first); one step per status, never per minute. */
    public Instant moment(BusinessCalendar periodOne, Instant from, long n) {
        Instant moment = from;
        for (long i = 0; i < n; i++) {
            moment = next(periodOne, moment);
        }
        return moment;
    }

    /** The first status moment after {@code now}, counting from {@code from}: what an agent is due next (a step per status). */
    public Instant nextAfter(BusinessCalendar periodOne, Instant from, Instant now) {
        Instant moment = next(periodOne, from);
        while (!moment.isAfter(now)) {
            moment = next(periodOne, moment);
        }
        return moment;
    }

    /** The rule in words, as admins and agents read it ("Een status elk uur binnen ...; daarbuiten om 08:00 ..."). */
    public String words(nl.mijnaansluiting.servicedesk.text.Messages messages, java.util.Locale locale, BusinessCalendar periodOne) {
        long minutes = every.toMinutes();
        String often = minutes % 60 == 0 ? messages.text(locale, "ma.sla.rhythm.every-hours", minutes / 60)
                : messages.text(locale, "ma.sla.rhythm.every-minutes", minutes);
        return messages.text(locale, "ma.sla.rhythm.words", often, periodOne.name(),
                nextMorningAt.format(java.time.format.DateTimeFormatter.ofPattern("HH:mm")));
    }

    /** The form {@link #toString()} writes, as a stored clock keeps it. */
    public static StatusRhythm parse(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("not a status rhythm: " + text);
        }
        return new StatusRhythm(Duration.parse(text.substring(0, slash)), LocalTime.parse(text.substring(slash + 1)));
    }

    /** "PT1H/08:00": every hour, otherwise the next 08:00. */
    @Override
    public String toString() {
        return every + "/" + nextMorningAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StatusRhythm && ((StatusRhythm) o).every.equals(every) && ((StatusRhythm) o).nextMorningAt.equals(nextMorningAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(every, nextMorningAt);
    }
}
