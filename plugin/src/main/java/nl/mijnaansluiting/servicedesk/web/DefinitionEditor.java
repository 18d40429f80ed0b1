package nl.mijnaansluiting.servicedesk.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.error.FieldError;
import nl.mijnaansluiting.servicedesk.error.ProblemException;
import nl.mijnaansluiting.servicedesk.sla.SlaDefinitions;

import javax.servlet.http.HttpServletRequest;
import java.util.List;

/**
 * The one flow of the definition editors (calendars, goal sets, escalation policies): a posted form or pasted JSON is
 * checked, saved or reset to the preset through the same domain calls as the REST API; a refusal comes back with each
 * error at the field it belongs to and nothing is saved.
 */
final class DefinitionEditor {

    /** What a kind of definition does; the domain validates and saves, the editor only routes. */
    interface Kind {
        /** The form's fields as the definition's JSON (where the form asks in other words than the JSON). */
        default ObjectNode fromForm(ObjectNode form) {
            return form;
        }

        /** Validates the whole definition; throws with every wrong field. */
        void check(String key, JsonNode definition);

        void save(Caller admin, String key, JsonNode definition);

        void reset(Caller admin, String key);
    }

    /** What came of a post: done (saved, reset, checked) or refused with the errors at their fields. */
    static final class Outcome {
        final String done;
        final int status;
        final JsonNode definition;
        final String pasted;
        final List<FieldError> errors;

        private Outcome(String done, int status, JsonNode definition, String pasted, List<FieldError> errors) {
            this.done = done;
            this.status = status;
            this.definition = definition;
            this.pasted = pasted;
            this.errors = errors;
        }

        boolean saved() {
            return "saved".equals(done) || "reset".equals(done);
        }

        /** The message to show above the form: checked, or the question before a reset; null for none. */
        String messageKey() {
            return done == null ? null : CONFIRM_RESET.equals(done) ? null : "ma.definition.checked";
        }

        boolean confirmingReset() {
            return CONFIRM_RESET.equals(done);
        }
    }

    private static final String CONFIRM_RESET = "confirm-reset";

    private DefinitionEditor() {
    }

    static Outcome post(HttpServletRequest request, FormTokens tokens, Caller admin, String key, Kind kind) {
        boolean fromJson = "json".equals(request.getParameter("source"));
        String pasted = fromJson && request.getParameter("definition") != null ? request.getParameter("definition") : null;
        DefinitionForm form = fromJson ? null : DefinitionForm.read(request.getParameterMap());
        JsonNode definition = null;
        try {
            definition = fromJson ? SlaDefinitions.parse(pasted) : kind.fromForm(form.definition());
            if (!tokens.isValid(request)) {
                return new Outcome(null, 403, definition, pasted, List.of(new FieldError("definition", "ma.error.xsrf")));
            }
            String action = request.getParameter("action");
            if ("reset".equals(action) && !"yes".equals(request.getParameter("confirmed"))) {
                // back to the preset undoes every change and re-plans the clocks: asked once more, as reinstalling is
                return new Outcome(CONFIRM_RESET, 200, definition, pasted, List.of());
            }
            if ("reset".equals(action)) {
                kind.reset(admin, key);
                return new Outcome("reset", 200, null, null, List.of());
            }
            if ("check".equals(action)) {
                kind.check(key, definition);
                return new Outcome("checked", 200, definition, pasted, List.of());
            }
            kind.save(admin, key, definition);
            return new Outcome("saved", 200, null, null, List.of());
        } catch (ProblemException problem) {
            List<FieldError> errors = problem.fieldErrorsOr("definition");
            return new Outcome(null, problem.problem().httpStatus(), definition, pasted, errors);
        }
    }
}
