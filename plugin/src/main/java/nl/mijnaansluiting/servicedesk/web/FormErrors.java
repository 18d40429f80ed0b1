package nl.mijnaansluiting.servicedesk.web;

import nl.mijnaansluiting.servicedesk.error.FieldError;
import nl.mijnaansluiting.servicedesk.text.Messages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The refusals of one form in the reader's language, handed out per field as a page places its fields; what no field
 * took (a definition that is not JSON, a list left empty) is shown above the form, so nothing refused goes unsaid.
 */
final class FormErrors {

    private final Map<String, List<String>> byField = new LinkedHashMap<>();
    private final Set<String> placed = new LinkedHashSet<>();

    FormErrors(Messages messages, Locale locale, List<FieldError> errors) {
        for (FieldError error : errors) {
            byField.computeIfAbsent(error.field(), f -> new ArrayList<>())
                    .add(messages.text(locale, error.messageKey(), error.arguments()));
        }
    }

    static FormErrors none(Messages messages, Locale locale) {
        return new FormErrors(messages, locale, List.of());
    }

    /** The messages of one field (none: an empty list); the field counts as shown. */
    List<String> at(String field) {
        placed.add(field);
        return byField.getOrDefault(field, List.of());
    }

    boolean isEmpty() {
        return byField.isEmpty();
    }

    int count() {
        return byField.values().stream().mapToInt(List::size).sum();
    }

    /** The messages of fields the page has no place for; call after placing the fields. */
    List<String> unplaced() {
        List<String> rest = new ArrayList<>();
        byField.forEach((field, messages) -> {
            if (!placed.contains(field)) {
                rest.addAll(messages);
            }
        });
        return rest;
    }
}
