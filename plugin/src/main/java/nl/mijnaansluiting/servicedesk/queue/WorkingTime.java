package nl.mijnaansluiting.servicedesk.queue;

import java.time.Duration;
import java.util.Locale;

/** Working time as a reader expects it on a lozenge: "3 u 10 m" in Dutch, "3 h 10 m" in English. */
public final class WorkingTime {

    private WorkingTime() {
    }

    private static final java.util.regex.Pattern SPOKEN = java.util.regex.Pattern.compile(
            "(?:(\\d{1,4})\\s*[hu])?\\s*(?:(\\d{1,6})\\s*m)?", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * Working time as a JQL argument writes it, as JSM's own SLA functions do: "1h", "30m", "2h 30m" (Dutch "1u" too);
     * empty when it is none of these or longer than {@link SlaCondition#MAX_WITHIN}.
     */
    public static java.util.Optional<Duration> parse(String text) {
        if (text == null) {
            return java.util.Optional.empty();
        }
        java.util.regex.Matcher m = SPOKEN.matcher(text.trim());
        if (text.isBlank() || !m.matches() || m.group(1) == null && m.group(2) == null) {
            return java.util.Optional.empty();
        }
        Duration d = Duration.ofHours(m.group(1) == null ? 0 : Long.parseLong(m.group(1)))
                .plusMinutes(m.group(2) == null ? 0 : Long.parseLong(m.group(2)));
        return d.compareTo(SlaCondition.MAX_WITHIN) > 0 ? java.util.Optional.empty() : java.util.Optional.of(d);
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
