package nl.mijnaansluiting.servicedesk.error;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;

/**
 * A definition an admin pasted that is not JSON, said in the admin's language with where it goes wrong
 * ("regel 3, teken 14") instead of the parser's English exception text.
 */
public final class NotJson {

    private NotJson() {
    }

    public static ProblemException problem(String field, JsonProcessingException e) {
        if (e instanceof JsonEOFException) {
            return ProblemException.badInput(field, "ma.error.json.unfinished");
        }
        JsonLocation at = e.getLocation();
        if (at == null || at.getLineNr() < 1) {
            return ProblemException.badInput(field, "ma.error.json.invalid");
        }
        return ProblemException.badInput(field, "ma.error.json.at", at.getLineNr(), Math.max(1, at.getColumnNr()));
    }
}
