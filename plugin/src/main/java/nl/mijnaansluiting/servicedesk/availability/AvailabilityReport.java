package nl.mijnaansluiting.servicedesk.availability;

import nl.mijnaansluiting.servicedesk.text.Formats;
import nl.mijnaansluiting.servicedesk.text.Messages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;

/** One calendar month's availability per product: downtime against the hours of the month and the norm. */
public final class AvailabilityReport {

    /**
     * One product's month.
     *
     * @param period      the month's hours (24/7: 720 in a month of 30 days, 743 or 745 in the months DST changes)
     * @param down        downtime: outages merged, clipped to the month, maintenance windows left out
     * @param maintenance the part of the outages that fell in a maintenance window (not counted)
     * @param requests    the requests whose outages count, in order of their start
     */
    public record Line(String schemeKey, String product, double normPercent, boolean example, Duration period,
                       Duration down, Duration maintenance, List<String> requests) {

        public Line {
            requests = List.copyOf(requests);
        }

        /** The most downtime the norm allows: (100 - norm) % of the month (7.2 h of 720 h at 99 %). */
        public Duration allowed() {
            return Duration.ofSeconds(Math.round(period.getSeconds() * (100 - normPercent) / 100));
        }

        /** Availability in percent with three decimals (99.583). */
        public BigDecimal availabilityPercent() {
            if (period.isZero()) {
                return BigDecimal.valueOf(100);
            }
            return BigDecimal.valueOf(period.getSeconds() - down.getSeconds()).multiply(BigDecimal.valueOf(100))
                    .divide(BigDecimal.valueOf(period.getSeconds()), 3, RoundingMode.HALF_UP);
        }

        /** Met: downtime within what the norm allows, compared exactly (never rounded in the provider's favour). */
        public boolean meetsNorm() {
            return down.getSeconds() * 100 <= Math.round(period.getSeconds() * (100 - normPercent));
        }

        public long downMinutes() {
            return (down.getSeconds() + 59) / 60;
        }
    }

    private final YearMonth month;
    private final List<Line> lines;

    AvailabilityReport(YearMonth month, List<Line> lines) {
        this.month = month;
        this.lines = List.copyOf(lines);
    }

    public YearMonth month() {
        return month;
    }

    public List<Line> lines() {
        return lines;
    }

    /**
     * One line per product as the reader's spreadsheet opens it (as the compliance report's CSV): Dutch with
     * semicolons and decimal commas, English with commas; a byte order mark so Excel reads UTF-8.
     */
    public String csv(Formats formats) {
        String separator = Messages.ENGLISH.equals(formats.language()) ? "," : ";";
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(String.join(separator, java.util.Arrays.stream(formats.text("ma.availability.csv.header").split("\\|"))
                .map(h -> cell(h, separator)).toArray(String[]::new))).append("\r\n");
        for (Line line : lines) {
            csv.append(String.join(separator, cell(line.schemeKey(), separator), cell(month.toString(), separator),
                    cell(line.product(), separator), cell(formats.number(line.period().getSeconds() / 3600.0, 1), separator),
                    String.valueOf(line.downMinutes()), String.valueOf(line.maintenance().toMinutes()),
                    String.valueOf(line.allowed().toMinutes()),
                    cell(formats.number(line.availabilityPercent(), 3), separator),
                    cell(formats.number(line.normPercent(), 1), separator), formats.yesNo(line.meetsNorm()),
                    cell(String.join(" ", line.requests()), separator))).append("\r\n");
        }
        return csv.toString();
    }

    /** Quoted when needed; a leading =, +, - or @ is defused so a spreadsheet never runs it as a formula. */
    private static String cell(String value, String separator) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return text.contains(separator) || text.contains("\"") || text.contains("\n") || text.contains("'")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
