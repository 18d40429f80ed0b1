package nl.mijnaansluiting.servicedesk.audit;

import nl.mijnaansluiting.servicedesk.error.FieldError;
import nl.mijnaansluiting.servicedesk.error.ProblemException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which lines of the audit trail to show: by whom (username), which action, from and until a day (both included, in
 * the reader's zone), one page of {@link #PAGE_SIZE}. Read from what an admin typed; a wrong part is refused with the
 * field named, and nothing is looked up.
 */
public final class AuditQuery {

    public static final int PAGE_SIZE = 50;

    /** Every action the add-on records, for the filter's list (a new action recorded is shown by its key till added). */
    public static final List<String> ACTIONS = List.of("sign-in.succeeded", "sign-in.failed", "sign-in.throttled",
            "websudo.succeeded", "websudo.failed", "priority.set-by-hand", "priority.derived-again", "priority.rederived",
            "priority-scheme.changed", "priority-scheme.preset-installed", "sla.calendar.changed", "sla.calendar.reset",
            "sla.goals.changed", "sla.goals.reset", "sla.recalculated", "sla.month.recalculated", "escalation.policy.changed",
            "escalation.policy.reset", "addon-user.chosen", "addon-user.reset", "key-user.appointed", "key-user.revoked",
            "key-user.groups.on", "key-user.groups.off", "key-user.request-type.restricted", "template.added",
            "template.changed", "template.removed", "template.reset", "templates.installed", "templates.install-failed");

    private final String actor;
    private final String action;
    private final Instant from;
    private final Instant until;
    private final int page;
    private final int pageSize;

    private AuditQuery(String actor, String action, Instant from, Instant until, int page, int pageSize) {
        this.actor = actor;
        this.action = action;
        this.from = from;
        this.until = until;
        this.page = page;
        this.pageSize = pageSize;
    }

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, 1, PAGE_SIZE);
    }

    /** The same filters with pages of another size (the REST call's limit). */
    public AuditQuery withPageSize(int size) {
        return new AuditQuery(actor, action, from, until, page, size);
    }

    /** From the page's or the REST call's parameters; blanks filter nothing. */
    public static AuditQuery parse(String actor, String action, String fromDay, String untilDay, String page, ZoneId zone) {
        List<FieldError> errors = new ArrayList<>();
        String who = blankToNull(actor);
        if (who != null && who.length() > 255) {
            errors.add(new FieldError("actor", "ma.form.error.too-long", 255));
        }
        String what = blankToNull(action);
        if (what != null && !ACTIONS.contains(what)) {
            errors.add(new FieldError("action", "ma.audit.error.action", what));
        }
        LocalDate first = day(fromDay, "from", errors);
        LocalDate last = day(untilDay, "until", errors);
        if (first != null && last != null && last.isBefore(first)) {
            errors.add(new FieldError("until", "ma.audit.error.range", untilDay.trim(), fromDay.trim()));
        }
        int number = 1;
        String pageText = blankToNull(page);
        if (pageText != null) {
            try {
                number = Integer.parseInt(pageText);
            } catch (NumberFormatException e) {
                number = 0;
            }
            if (number < 1 || number > 100_000) {
                errors.add(new FieldError("page", "ma.audit.error.page", pageText));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidForm(errors);
        }
        return new AuditQuery(who, what, first == null ? null : first.atStartOfDay(zone).toInstant(),
                last == null ? null : last.plusDays(1).atStartOfDay(zone).toInstant(), number, PAGE_SIZE);
    }

    private static LocalDate day(String text, String field, List<FieldError> errors) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "ma.form.error.date", value));
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.trim().isEmpty() ? null : text.trim();
    }

    public Optional<String> actor() {
        return Optional.ofNullable(actor);
    }

    public Optional<String> action() {
        return Optional.ofNullable(action);
    }

    /** The first moment counted (the start of the from day). */
    public Optional<Instant> from() {
        return Optional.ofNullable(from);
    }

    /** The first moment no longer counted (the start of the day after the until day). */
    public Optional<Instant> until() {
        return Optional.ofNullable(until);
    }

    public int page() {
        return page;
    }

    public int offset() {
        return (page - 1) * pageSize;
    }
}
