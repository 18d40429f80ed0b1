package nl.mijnaansluiting.servicedesk.priority;

import nl.mijnaansluiting.servicedesk.text.Messages;
import nl.mijnaansluiting.servicedesk.text.Translated;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** The outcome of a scheme for one set of answers: the level, why, and whether the SLA applies. */
public final class Evaluation {

    /** A flag a scheme derives beside the level (Mitz: calamiteit), and why it is raised. */
    public static final class Flag {
        private final boolean raised;
        private final Translated reason;

        Flag(boolean raised, Translated reason) {
            this.raised = raised;
            this.reason = reason;
        }

        public boolean raised() {
            return raised;
        }

        /** Why it is raised; null when it is not. */
        public Translated reason() {
            return reason;
        }
    }

    private final String level;
    private final Translated levelName;
    private final String ruleId;
    private final Translated criterion;
    private final Translated capReason;
    private final boolean slaApplies;
    private final Map<String, Flag> flags;

    Evaluation(String level, Translated levelName, String ruleId, Translated criterion, Translated capReason,
               boolean slaApplies, Map<String, Flag> flags) {
        this.level = Objects.requireNonNull(level);
        this.levelName = levelName;
        this.ruleId = ruleId;
        this.criterion = criterion;
        this.capReason = capReason;
        this.slaApplies = slaApplies;
        this.flags = Map.copyOf(flags);
    }

    public String level() {
        return level;
    }

    public Translated levelName() {
        return levelName;
    }

    /** The rule that decided, or "default" when none applied. */
    public String ruleId() {
        return ruleId;
    }

    public boolean slaApplies() {
        return slaApplies;
    }

    public Map<String, Flag> flags() {
        return flags;
    }

    /** The criterion that decided, in the seed's words, without the level. */
    public Translated criterion() {
        return criterion;
    }

    /** "Kritiek (K): LIP aanvraag applicatie is niet beschikbaar voor aanvragers." and what follows from it. */
    public String explanation(Messages messages, Locale locale) {
        String because = criterion.in(locale).strip();
        if (because.endsWith(".")) {
            because = because.substring(0, because.length() - 1);
        }
        StringBuilder text = new StringBuilder(messages.text(locale, "ma.priority.explanation",
                levelName.in(locale), level, because));
        if (capReason != null) {
            text.append(' ').append(capReason.in(locale));
        }
        if (!slaApplies) {
            text.append(' ').append(messages.text(locale, "ma.priority.sla-not-applicable"));
        }
        return text.toString();
    }
}
