package nl.mijnaansluiting.servicedesk.queue;

import java.time.Duration;
import java.util.Locale;

/** Working time as a reader expects it on a lozenge: "3 u 10 m" in Dutch, "3 h 10 m" in English. */
public final class WorkingTime {

    private WorkingTime() {
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
