package nl.mijnaansluiting.servicedesk.sla;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

import nl.mijnaansluiting.servicedesk.text.Formats;
import nl.mijnaansluiting.servicedesk.text.Messages;

/**
 * One month of one scheme: per product, priority and goal, how many requests met the goal against its
 * norm (85 %, 90 %, 95 %, 80 %), with the breaches listed. Goals count in the month they were met or
 * breached.
 */
public final class ComplianceReport {

    /** A goal that was not met: the request, and the working time it took against the target. */
    public static final class Breach {
        private final String requestKey;
        private final Duration used;
        private final Duration target;

        Breach(String requestKey, Duration used, Duration target) {
            this.requestKey = Objects.requireNonNull(requestKey);
            this.used = Objects.requireNonNull(used);
            this.target = Objects.requireNonNull(target);
        }

        public String requestKey() {
            return requestKey;
        }

        public Duration used() {
            return used;
        }

        public Duration target() {
            return target;
        }
    }

    /** Product x priority x goal. */
    public static final class Line {
        private final String product;
        private final String priority;
        private final String metric;
        private final int normPercent;
        private final int total;
        private final int met;
        private final List<Breach> breaches;
        private final List<Wait> waits;

        Line(String product, String priority, String metric, int normPercent, int total, int met, List<Breach> breaches) {
            this(product, priority, metric, normPercent, total, met, breaches, List.of());
        }

        Line(String product, String priority, String metric, int normPercent, int total, int met, List<Breach> breaches,
             List<Wait> waits) {
            this.waits = List.copyOf(waits);
            this.product = product;
            this.priority = priority;
            this.metric = metric;
            this.normPercent = normPercent;
            this.total = total;
            this.met = met;
            this.breaches = List.copyOf(breaches);
        }

        public String product() {
            return product;
        }

        public String priority() {
            return priority;
        }

        public String metric() {
            return metric;
        }

        public int normPercent() {
            return normPercent;
        }

        public int total() {
            return total;
        }

        public int met() {
            return met;
        }

        /** The share met, in percent with one decimal (87.5). */
        public BigDecimal sharePercent() {
            return total == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(met * 100L).divide(BigDecimal.valueOf(total), 1,
                    RoundingMode.HALF_UP);
        }

        /** Met the norm: met / total >= norm, compared exactly (no rounding in the requester's favour). */
        public boolean meetsNorm() {
            return (long) met * 100 >= (long) normPercent * total;
        }

        public List<Breach> breaches() {
            return breaches;
        }

        /** Every period these requests waited for the customer, each against the goal's own target (seed 001). */
        public List<Wait> waits() {
            return waits;
        }

        /** How many waiting periods the afnemer answered within the target. */
        public int waitsWithin() {
            return (int) waits.stream().filter(Wait::within).count();
        }

        /** The afnemer's share within target, in percent with one decimal; zero when nobody was waited for. */
        public BigDecimal customerSharePercent() {
            return waits.isEmpty() ? BigDecimal.ZERO : BigDecimal.valueOf(waitsWithin() * 100L)
                    .divide(BigDecimal.valueOf(waits.size()), 1, RoundingMode.HALF_UP);
        }

        /** The afnemer held to the same norm: within / waits >= norm (true when there was no wait). */
        public boolean customerMeetsNorm() {
            return (long) waitsWithin() * 100 >= (long) normPercent * waits.size();
        }
    }

    /**
     * One period a request waited for the customer ("Wacht op klant"): its working time in the goal's calendar
     * from the pause to the resume (or the stop), against the goal's target. Seed 001: "worden voor de Afnemer
     * dezelfde prestatie-indicatoren gehanteerd als welke voor Logius van toepassing zijn".
     */
    public record Wait(String requestKey, java.time.Instant from, java.time.Instant until, Duration used, Duration target) {

        public boolean within() {
            return used.compareTo(target) <= 0;
        }
    }

    private final String schemeKey;
    private final YearMonth month;
    private final List<Line> lines;
    private final List<Recalculated> recalculations;

    /** The month was recalculated: when and by whom (newest first on the report). */
    public record Recalculated(java.time.Instant at, String by, String scope) {
    }

    ComplianceReport(String schemeKey, YearMonth month, List<Line> lines) {
        this(schemeKey, month, lines, List.of());
    }

    ComplianceReport(String schemeKey, YearMonth month, List<Line> lines, List<Recalculated> recalculations) {
        this.schemeKey = schemeKey;
        this.month = month;
        this.lines = List.copyOf(lines);
        this.recalculations = List.copyOf(recalculations);
    }

    /** When the month's clocks were recalculated, and by whom; empty when never. */
    public List<Recalculated> recalculations() {
        return recalculations;
    }

    /** Over all lines: how many goals counted, how many met. */
    public int total() {
        return lines.stream().mapToInt(Line::total).sum();
    }

    public int met() {
        return lines.stream().mapToInt(Line::met).sum();
    }

    public String schemeKey() {
        return schemeKey;
    }

    public YearMonth month() {
        return month;
    }

    public List<Line> lines() {
        return lines;
    }

    /**
     * One line per product x priority x goal, as the reader's spreadsheet opens it: Dutch with semicolons,
     * decimal commas, "ja"/"nee" and Dutch headings (what Dutch Excel reads without an import wizard), English
     * with commas and decimal points; a byte order mark so Excel reads it as UTF-8.
     */
    public String csv(Formats formats) {
        String separator = Messages.ENGLISH.equals(formats.language()) ? "," : ";";
        StringBuilder csv = new StringBuilder("\uFEFF");
        // The afnemer's figure (seed 001) follows Logius' own in columns of its own, so older sheets keep their columns.
        csv.append(String.join(separator, java.util.Arrays.stream((formats.text("ma.reports.csv.header") + "|"
                        + formats.text("ma.reports.csv.customer-header")).split("\\|"))
                .map(h -> cell(h, separator)).toArray(String[]::new))).append("\r\n");
        for (Line line : lines) {
            csv.append(String.join(separator, cell(schemeKey, separator), cell(month.toString(), separator),
                    cell(line.product, separator), cell(line.priority, separator),
                    cell(formats.text("ma.sla.metric." + line.metric), separator),
                    cell(formats.number(line.normPercent, 0), separator), String.valueOf(line.total), String.valueOf(line.met),
                    cell(formats.number(line.sharePercent(), 1), separator), formats.yesNo(line.meetsNorm()),
                    cell(line.breaches.stream().map(Breach::requestKey).reduce((a, b) -> a + " " + b).orElse(""), separator),
                    String.valueOf(line.waits.size()), String.valueOf(line.waitsWithin()),
                    cell(line.waits.isEmpty() ? "" : formats.number(line.customerSharePercent(), 1), separator),
                    line.waits.isEmpty() ? "" : formats.yesNo(line.customerMeetsNorm())))
                    .append("\r\n");
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
