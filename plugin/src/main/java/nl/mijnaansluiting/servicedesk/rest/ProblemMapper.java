package nl.mijnaansluiting.servicedesk.rest;

import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.access.CallerSource;
import nl.mijnaansluiting.servicedesk.error.ProblemException;
import nl.mijnaansluiting.servicedesk.text.Messages;

import javax.inject.Inject;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns a {@link ProblemException} into a JSON error in the caller's language:
 * {@code {"status":400,"error":"ma.error.required","field":"summary","message":"..."}}.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<ProblemException> {

    private final CallerSource callers;
    private final Messages messages;

    @Context
    private HttpHeaders headers;

    @Inject
    public ProblemMapper(CallerSource callers, Messages messages) {
        this.callers = callers;
        this.messages = messages;
    }

    @Override
    public Response toResponse(ProblemException problem) {
        int status = problem.problem().httpStatus();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("error", problem.messageKey());
        if (problem.field() != null) {
            body.put("field", problem.field());
        }
        Locale locale = locale();
        body.put("message", messages.text(locale, problem.messageKey(), problem.arguments()));
        if (!problem.fieldErrors().isEmpty()) {
            body.put("errors", problem.fieldErrors().stream().map(error -> {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("field", error.field());
                json.put("error", error.messageKey());
                json.put("message", messages.text(locale, error.messageKey(), error.arguments()));
                return json;
            }).collect(Collectors.toList()));
        }
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    /** The signed-in caller's language, else the browser's, else Dutch. */
    private Locale locale() {
        Locale fromCaller = callers.current().map(Caller::locale).orElse(null);
        if (fromCaller != null) {
            return fromCaller;
        }
        List<Locale> asked = headers == null ? List.of() : headers.getAcceptableLanguages();
        return asked.isEmpty() ? Messages.DUTCH : asked.get(0);
    }
}
