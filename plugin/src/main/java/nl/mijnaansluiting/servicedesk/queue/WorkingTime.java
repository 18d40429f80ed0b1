package nl.mijnaansluiting.servicedesk.queue;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Working time as a reader expects it on a lozenge: "3 u 10 m" in Dutch, "3 h 10 m" in English. */
public final class WorkingTime {

    /** "1h", "30m", "2h 30m", "1u": hours and minutes, at least one of them. */
    private static final Pattern SPOKEN = Pattern.compile("(?:(\\d{1,4})\\s*[hu])?\\s*(?:(\\d{1,6})\\s*m)?",
            Pattern.CASE_INSENSITIVE);

    private WorkingTime() {
    }

    /**
     * Working time as a JQL argument writes it: "1h", "30m", "2h 30m" (Dutch "1u" too);
     * empty when it is none of these or longer than {@link SlaCondition#MAX_WITHIN}.
     */
    public static Optional<Duration> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = SPOKEN.matcher(text.trim());
        if (text.isBlank() || !m.matches() || m.group(1) == null && m.group(2) == null) {
            return Optional.empty();
        }
        Duration d = Duration.ofHours(m.group(1) == null ? 0 : Long.parseLong(m.group(1)))
                .plusMinutes(m.group(2) == null ? 0 : Long.parseLong(m.group(2)));
        return d.compareTo(SlaCondition.MAX_WITHIN) > 0 ? Optional.empty() : Optional.of(d);
    }

    public static String text(Duration duration, Locale locale) {
        long minutes = Math.max(0, duration.toMinutes());
        String hour = "nl".equals(locale.getLanguage()) ? "u" : "h";
        if (minutes == 0) {
            return duration.isZero() || duration.isNegative() ? "0 m" : "< 1 m";
        }
        long hours = minutes / 60;
        long rest = minutes % 60;
        if (hours == 0) {
            return rest + " m";
        }
        return rest == 0 ? hours + " " + hour : hours + " " + hour + " " + rest + " m";
    }
}
