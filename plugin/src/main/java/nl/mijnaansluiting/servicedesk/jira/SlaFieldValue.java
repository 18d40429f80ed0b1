package nl.mijnaansluiting.servicedesk.jira;

import nl.mijnaansluiting.servicedesk.queue.SlaLozenge;
import nl.mijnaansluiting.servicedesk.queue.SlaMoments;
import nl.mijnaansluiting.servicedesk.queue.SlaState;
import nl.mijnaansluiting.servicedesk.text.Formats;
import nl.mijnaansluiting.servicedesk.text.Messages;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The SLA field's value on one issue: each goal as a lozenge in the reader's language ("Oplossing: nog 1 u 10 m",
 * amber), and the moment the field sorts on, which is the queue's: the earliest due moment of a running goal, then
 * requests whose goals only wait, then those whose goals are all reached ({@link SlaMoments}).
 */
public final class SlaFieldValue implements Comparable<SlaFieldValue> {

    /** One goal as the views show it; plain texts, which the host's Velocity escapes as every reference not named "...Html". */
    public static final class Goal {
        private final String goal;
        private final String colour;
        private final String aui;
        private final String text;
        private final String title;
        private final int percent;

        Goal(String goal, String colour, String aui, String text, String title, int percent) {
            this.goal = goal;
            this.colour = colour;
            this.aui = aui;
            this.text = text;
            this.title = title;
            this.percent = percent;
        }

        /** The goal's metric ("resolution"). */
        public String getGoal() {
            return goal;
        }

        /** green, amber, red or grey. */
        public String getColour() {
            return colour;
        }

        /** AUI's lozenge modifier: success, moved, error, default. */
        public String getAui() {
            return aui;
        }

        /** "Oplossing: nog 1 u 10 m". */
        public String getText() {
            return text;
        }

        /** "Oplossing: 80 % van het doel gebruikt, uiterlijk 1 dec. 2026 15:00". */
        public String getTitle() {
            return title;
        }

        public int getPercent() {
            return percent;
        }
    }

    private final List<Goal> goals;
    private final Instant sortMoment;
    private final String plain;

    private SlaFieldValue(List<Goal> goals, Instant sortMoment, String plain) {
        this.goals = List.copyOf(goals);
        this.sortMoment = Objects.requireNonNull(sortMoment);
        this.plain = plain;
    }

    /** The value of a request with these lozenges (due first), as this reader reads it. */
    public static SlaFieldValue of(List<SlaLozenge> lozenges, Messages messages, Formats formats) {
        List<Goal> goals = new ArrayList<>();
        List<String> plain = new ArrayList<>();
        Instant sort = null;
        boolean waiting = false;
        for (SlaLozenge lozenge : lozenges) {
            String label = formats.text("ma.sla.metric." + lozenge.goal());
            String text = label + ": " + lozenge.text(messages, formats.language());
            plain.add(text);
            String title = lozenge.due().map(due -> formats.text("ma.queue.lozenge.title", label, lozenge.usedPercent(),
                    formats.dateTime(due, lozenge.zone()))).orElse(text);
            goals.add(new Goal(lozenge.goal(), lozenge.colour().name().toLowerCase(java.util.Locale.ROOT),
                    lozenge.colour().aui(), text, title, lozenge.usedPercent()));
            if (lozenge.due().isPresent()) {
                sort = sort == null || lozenge.due().get().isBefore(sort) ? lozenge.due().get() : sort;
            } else if (lozenge.state() == SlaState.PAUSED
                    || lozenge.state() == SlaState.BREACHED && lozenge.colour() == SlaLozenge.Colour.GREY) {
                waiting = true;
            }
        }
        Instant moment = sort != null ? sort : waiting ? SlaMoments.PAUSED_SORT : SlaMoments.STOPPED_SORT;
        return new SlaFieldValue(goals, moment, String.join("; ", plain));
    }

    /** The goals, due first. */
    public List<Goal> getGoals() {
        return goals;
    }

    /** What the field sorts on. */
    public Instant sortMoment() {
        return sortMoment;
    }

    /** Due first, as the agents' queue sorts. */
    @Override
    public int compareTo(SlaFieldValue other) {
        return sortMoment.compareTo(other.sortMoment);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SlaFieldValue && ((SlaFieldValue) o).plain.equals(plain)
                && ((SlaFieldValue) o).sortMoment.equals(sortMoment);
    }

    @Override
    public int hashCode() {
        return Objects.hash(plain, sortMoment);
    }

    /** The goals in one line of plain text (exports, change logs): "Oplossing: nog 1 u 10 m; Reactie: gehaald". */
    @Override
    public String toString() {
        return plain;
    }
}
