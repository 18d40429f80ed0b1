package nl.mijnaansluiting.servicedesk.queue;

import nl.mijnaansluiting.servicedesk.text.Messages;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One goal of one request as a queue column or the SLA field shows it: "nog 1 u 10 m" in green, amber from the
 * escalation policy's warning share, red once overdue, grey while paused or once met.
 */
public final class SlaLozenge {

    /** The colour, named as AUI's lozenges are: success, moved (amber), error, default (grey). */
    public enum Colour {
        GREEN("success"), AMBER("moved"), RED("error"), GREY("default");

        private final String aui;

        Colour(String aui) {
            this.aui = aui;
        }

        /** The AUI modifier: {@code aui-lozenge-success}. */
        public String aui() {
            return aui;
        }
    }

    private final String goal;
    private final SlaState state;
    private final Colour colour;
    private final Duration remaining;
    private final int usedPercent;
    private final Instant due;
    private final ZoneId zone;

    public SlaLozenge(String goal, SlaState state, Colour colour, Duration remaining, int usedPercent, Instant due, ZoneId zone) {
        this.goal = Objects.requireNonNull(goal);
        this.state = Objects.requireNonNull(state);
        this.colour = Objects.requireNonNull(colour);
        this.remaining = Objects.requireNonNull(remaining);
        this.usedPercent = usedPercent;
        this.due = due;
        this.zone = Objects.requireNonNull(zone);
    }

    /** The goal's metric ("resolution"). */
    public String goal() {
        return goal;
    }

    /** RUNNING within target, BREACHED (running, paused or stopped past it), PAUSED within target, or MET. */
    public SlaState state() {
        return state;
    }

    public Colour colour() {
        return colour;
    }

    /** Working time left; negative once overdue. */
    public Duration remaining() {
        return remaining;
    }

    /** The share of the target used, in whole percent (101 once just past it). */
    public int usedPercent() {
        return usedPercent;
    }

    /** When it is due, while it runs. */
    public Optional<Instant> due() {
        return Optional.ofNullable(due);
    }

    /** The zone of the goal's calendar, to show the due moment in. */
    public ZoneId zone() {
        return zone;
    }

    /** What the lozenge says: "nog 1 u 10 m", "25 m te laat", "gepauzeerd, nog 3 u", "gehaald". */
    public String text(Messages messages, Locale locale) {
        switch (state) {
            case RUNNING:
                return messages.text(locale, "ma.queue.lozenge.remaining", WorkingTime.text(remaining, locale));
            case PAUSED:
                return messages.text(locale, "ma.queue.lozenge.paused", WorkingTime.text(remaining, locale));
            case MET:
                return messages.text(locale, "ma.queue.lozenge.met");
            default:
                return messages.text(locale, "ma.queue.lozenge.overdue", WorkingTime.text(remaining.negated(), locale));
        }
    }
}
