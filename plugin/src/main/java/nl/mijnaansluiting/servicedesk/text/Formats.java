package nl.mijnaansluiting.servicedesk.text;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * Durations, moments, numbers and sizes as a person reads them, in their language and time zone: "3 u 10 m",
 * "1 dec. 2026 08:17", "98,5 %" in Dutch; "3 h 10 m", "1 Dec 2026 08:17", "98.5%" in English. The one place
 * pages, panels, comments and mails format these, in Jira and in the sandbox alike; never ISO codes or UTC.
 */
public final class Formats {

    /** Where the service desk is, for readers whose own time zone is not known. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Amsterdam");

    private final Locale language;
    private final ZoneId zone;
    private final Messages messages;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;
    private final DateTimeFormatter month;

    private Formats(Messages messages, Locale locale, ZoneId zone) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.language = Messages.supported(locale);
        this.zone = zone == null ? DEFAULT_ZONE : zone;
        // CLDR's short month names: "1 dec. 2026", "1 Dec 2026".
        this.dateTime = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", language).withZone(this.zone);
        this.date = DateTimeFormatter.ofPattern("d MMM yyyy", language);
        this.month = DateTimeFormatter.ofPattern("LLLL yyyy", language);
    }

    public static Formats of(Messages messages, Locale locale, ZoneId zone) {
        return new Formats(messages, locale, zone);
    }

    public Locale language() {
        return language;
    }

    public ZoneId zone() {
        return zone;
    }

    /** A translated text in the reader's language (labels that go with the formatted values). */
    public String text(String key, Object... arguments) {
        return messages.text(language, key, arguments);
    }

    /** "1 dec. 2026 08:17" in the reader's zone; "" for none. */
    public String dateTime(Instant at) {
        return at == null ? "" : dateTime.format(at);
    }

    /** A moment in a given zone (a due moment in its calendar's zone), with the zone named when it is not the reader's. */
    public String dateTime(Instant at, ZoneId in) {
        if (at == null) {
            return "";
        }
        String text = dateTime.withZone(in).format(at);
        return in.equals(zone) || in.getRules().getOffset(at).equals(zone.getRules().getOffset(at)) ? text
                : text + " (" + in.getId() + ")";
    }

    public String date(LocalDate day) {
        return day == null ? "" : date.format(day);
    }

    /** "november 2026", "November 2026". */
    public String month(YearMonth value) {
        return value == null ? "" : month.format(value);
    }

    /**
     * Working time as hours and minutes: "24 u", "1 u 10 m", "45 m", "0 m"; seconds are dropped, a negative
     * duration (an overrun) gets a minus sign.
     */
    public String duration(Duration duration) {
        if (duration == null) {
            return "";
        }
        long minutes = Math.abs(duration.toMinutes());
        long hours = minutes / 60;
        long rest = minutes % 60;
        String h = messages.text(language, "ma.format.hours", hours);
        String m = messages.text(language, "ma.format.minutes", rest);
        String text = hours == 0 ? m : rest == 0 ? h : h + " " + m;
        return duration.isNegative() && minutes > 0 ? "-" + text : text;
    }

    /** "1 werkdag", "3 werkdagen". */
    public String workingDays(int days) {
        return messages.text(language, "ma.format.working-days", days);
    }

    /** A number with the reader's decimal separator and at most {@code decimals} decimals: "98,5", "1.234,5". */
    public String number(double value, int decimals) {
        DecimalFormat format = new DecimalFormat(decimals > 0 ? "#,##0." + "#".repeat(decimals) : "#,##0",
                DecimalFormatSymbols.getInstance(language));
        return format.format(value);
    }

    public String number(BigDecimal value, int decimals) {
        return value == null ? "" : number(value.doubleValue(), decimals);
    }

    /** "98,5 %" (Dutch writes a space), "98.5%"; one decimal at most, "100 %" rather than "100,0 %". */
    public String percent(double value) {
        return messages.text(language, "ma.format.percent", number(value, 1));
    }

    public String percent(BigDecimal value) {
        return value == null ? "" : percent(value.doubleValue());
    }

    /** "ja"/"nee", "yes"/"no". */
    public String yesNo(boolean value) {
        return messages.text(language, value ? "ma.format.yes" : "ma.format.no");
    }

    /** A file's size: "512 bytes", "3,4 kB", "1,2 MB". */
    public String size(long bytes) {
        if (bytes < 1024) {
            return messages.text(language, "ma.format.bytes", bytes);
        }
        if (bytes < 1024L * 1024) {
            return number(bytes / 1024.0, 1) + " kB";
        }
        return number(bytes / (1024.0 * 1024), 1) + " MB";
    }
}
