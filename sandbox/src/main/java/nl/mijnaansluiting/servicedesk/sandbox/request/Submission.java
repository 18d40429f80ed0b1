package nl.mijnaansluiting.servicedesk.sandbox.request;

import nl.mijnaansluiting.servicedesk.error.FieldError;
import nl.mijnaansluiting.servicedesk.error.ProblemException;
import nl.mijnaansluiting.servicedesk.request.RequestTemplate;
import nl.mijnaansluiting.servicedesk.request.TemplateField;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answers to a template, checked all at once so the form can show every problem beside its
 * field. Text is kept exactly as typed (escaping is the pages' job); only surrounding blanks go.
 */
public final class Submission {

    private final RequestTemplate template;
    private final Map<String, String> answers;
    private final List<FieldError> errors;
    private final List<Upload> uploads;

    private Submission(RequestTemplate template, Map<String, String> answers, List<FieldError> errors, List<Upload> uploads) {
        this.template = template;
        this.answers = Collections.unmodifiableMap(answers);
        this.errors = List.copyOf(errors);
        this.uploads = List.copyOf(uploads);
    }

    public static Submission check(RequestTemplate template, Map<String, String> given, LocalDate today) {
        return check(template, given, List.of(), today);
    }

    /** Checks the answers and the files for the attachment fields together, so every fault is named at once. */
    public static Submission check(RequestTemplate template, Map<String, String> given, List<Upload> uploads, LocalDate today) {
        Map<String, String> answers = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (String key : given.keySet()) {
            if (template.field(key).isEmpty()) {
                errors.add(new FieldError(key, "ma.form.error.unknown-field", key));
            }
        }
        for (Upload upload : uploads) {
            if (template.field(upload.fieldKey()).filter(f -> f.type() == TemplateField.Type.ATTACHMENT).isEmpty()) {
                errors.add(new FieldError(upload.fieldKey(), "ma.form.error.unknown-field", upload.fieldKey()));
            }
        }
        for (TemplateField field : template.fields()) {
            if (field.type() == TemplateField.Type.ATTACHMENT) {
                checkFiles(field, uploads, errors);
                continue;
            }
            String value = given.get(field.key());
            value = value == null ? "" : value.trim();
            if (value.isEmpty()) {
                if (field.required()) {
                    errors.add(new FieldError(field.key(), "ma.form.error.required"));
                }
                continue;
            }
            FieldError error = checkValue(field, value, today);
            if (error != null) {
                errors.add(error);
            }
            answers.put(field.key(), value);
        }
        return new Submission(template, answers, errors, uploads);
    }

    private static void checkFiles(TemplateField field, List<Upload> uploads, List<FieldError> errors) {
        List<Upload> files = new ArrayList<>();
        uploads.stream().filter(u -> u.fieldKey().equals(field.key())).forEach(files::add);
        checkFiles(field.key(), field.required(), files, errors);
    }

    /**
     * Files added to a request after sending ({@link #ADDED_LATER}): the limits of a form's attachment field, so a
     * file refused on the form is refused afterwards too. Errors at {@code field}.
     */
    public static List<FieldError> checkAdded(String field, List<Upload> files) {
        List<FieldError> errors = new ArrayList<>();
        checkFiles(field, true, files, errors);
        return errors;
    }

    /** The field key a file added after sending is stored under. */
    public static final String ADDED_LATER = "later";

    private static void checkFiles(String field, boolean required, List<Upload> files, List<FieldError> errors) {
        if (files.isEmpty()) {
            if (required) {
                errors.add(new FieldError(field, "ma.form.error.required"));
            }
            return;
        }
        if (files.size() > TemplateField.ATTACHMENT_MAX_FILES) {
            errors.add(new FieldError(field, "ma.form.error.too-many-files", TemplateField.ATTACHMENT_MAX_FILES));
            return;
        }
        for (Upload file : files) {
            if (file.fileName().isEmpty() || file.fileName().length() > TemplateField.TEXT_MAX) {
                errors.add(new FieldError(field, "ma.form.error.file-name", file.fileName()));
            } else if (file.size() == 0) {
                errors.add(new FieldError(field, "ma.form.error.file-empty", file.fileName()));
            } else if (file.size() > TemplateField.ATTACHMENT_MAX_BYTES) {
                errors.add(new FieldError(field, "ma.form.error.file-too-large", file.fileName(), TemplateField.ATTACHMENT_MAX_BYTES / (1024 * 1024)));
            }
        }
    }

    /** The files accepted with the answers. */
    public List<Upload> uploads() {
        return uploads;
    }

    private static FieldError checkValue(TemplateField field, String value, LocalDate today) {
        switch (field.type()) {
            case TEXT:
                return value.length() > TemplateField.TEXT_MAX || value.contains("\n")
                        ? new FieldError(field.key(), "ma.form.error.too-long-line", TemplateField.TEXT_MAX) : null;
            case TEXTAREA:
                return value.length() > TemplateField.TEXTAREA_MAX
                        ? new FieldError(field.key(), "ma.form.error.too-long", TemplateField.TEXTAREA_MAX) : null;
            case CHOICE:
                return field.option(value).isPresent() ? null
                        : new FieldError(field.key(), "ma.form.error.unknown-option", value);
            case NUMBER:
                try {
                    new BigDecimal(value);
                    return null;
                } catch (NumberFormatException e) {
                    return new FieldError(field.key(), "ma.form.error.number", value);
                }
            case DATE:
                try {
                    LocalDate date = LocalDate.parse(value);
                    return field.notInPast() && date.isBefore(today)
                            ? new FieldError(field.key(), "ma.form.error.date-in-past", value) : null;
                } catch (DateTimeParseException e) {
                    return new FieldError(field.key(), "ma.form.error.date", value);
                }
            case DATETIME:
                try {
                    java.time.LocalDateTime moment = java.time.LocalDateTime.parse(value);
                    return moment.toLocalDate().isAfter(today)
                            ? new FieldError(field.key(), "ma.form.error.datetime-in-future", value) : null;
                } catch (DateTimeParseException e) {
                    return new FieldError(field.key(), "ma.form.error.datetime", value);
                }
            default:
                throw new IllegalStateException("unhandled field type " + field.type());
        }
    }

    /** Refuses the whole form, naming every field at fault, when any answer is wrong. */
    public Submission requireValid() {
        if (!isValid()) {
            throw ProblemException.invalidForm(errors);
        }
        return this;
    }

    public RequestTemplate template() {
        return template;
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The answers given, trimmed, without empty ones. */
    public Map<String, String> answers() {
        return answers;
    }
}
