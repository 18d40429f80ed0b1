package nl.mijnaansluiting.servicedesk.rest;

import nl.mijnaansluiting.servicedesk.error.ProblemException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The members of a JSON body, read strictly (issue 17, point 7): a text is a JSON string, not a number, object or
 * list taken as its text; no longer than where it is kept allows; a moment within the years the service desk works
 * in. Each refusal is a translated 400 naming the member. {@link JsonBodies} has already checked the body's form.
 */
public final class Bodies {

    /** What Active Objects' default string column holds. */
    public static final int KEY_MAX = 255;
    /** The earliest and latest moments the SLA engine is asked about: calendars have holidays for these years. */
    public static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");

    private Bodies() {
    }

    /** The text member {@code field}, trimmed of nothing; null when absent or JSON null. */
    public static String text(Map<String, Object> body, String field, int max) {
        Object value = body == null ? null : body.get(field);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String)) {
            throw ProblemException.badInput(field, "ma.error.not-text", field);
        }
        String text = (String) value;
        if (text.length() > max) {
            throw ProblemException.badInput(field, "ma.form.error.too-long", max);
        }
        return text;
    }

    /**
     * Answers to questions, {"question":"answer",...}: each a text (a number as typed, true/false for a yes/no
     * question as "true"/"false"); an object or a list is refused, naming the question.
     */
    public static Map<String, String> answers(Map<String, Object> body, String field, int max) {
        Object value = body == null ? null : body.get(field);
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map)) {
            throw ProblemException.badInput(field, "ma.requests.error.answers-object");
        }
        Map<String, String> answers = new LinkedHashMap<>();
        for (Map.Entry<?, ?> answer : ((Map<?, ?>) value).entrySet()) {
            String question = String.valueOf(answer.getKey());
            Object given = answer.getValue();
            String path = field + "." + question;
            if (question.length() > KEY_MAX) {
                throw ProblemException.badInput(field, "ma.form.error.too-long", KEY_MAX);
            }
            String text;
            if (given == null) {
                text = "";
            } else if (given instanceof String) {
                text = (String) given;
            } else if (given instanceof Number) {
                text = given instanceof BigDecimal ? ((BigDecimal) given).toPlainString() : given.toString();
            } else if (given instanceof Boolean) {
                text = given.toString();
            } else {
                throw ProblemException.badInput(path, "ma.error.not-text", path);
            }
            if (text.length() > max) {
                throw ProblemException.badInput(path, "ma.form.error.too-long", max);
            }
            answers.put(question, text);
        }
        return answers;
    }

    /** A moment such as "2026-12-01T09:00:00+01:00", between {@link #EARLIEST} and {@link #LATEST}. */
    public static Instant moment(Map<String, Object> body, String field) {
        String text = text(body, field, 64);
        if (text == null || text.isBlank()) {
            throw ProblemException.badInput(field, "ma.error.required", field);
        }
        Instant moment;
        try {
            moment = OffsetDateTime.parse(text.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.badInput(field, "ma.sla.error.start", text);
        }
        if (moment.isBefore(EARLIEST) || !moment.isBefore(LATEST)) {
            throw ProblemException.badInput(field, "ma.error.moment-range", text);
        }
        return moment;
    }
}
