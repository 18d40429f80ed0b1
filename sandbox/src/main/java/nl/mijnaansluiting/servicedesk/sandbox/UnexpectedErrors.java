package nl.mijnaansluiting.servicedesk.sandbox;

import nl.mijnaansluiting.servicedesk.text.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.inject.Inject;
import javax.ws.rs.WebApplicationException;
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

/**
 * Anything the add-on did not foresee: logged with its stack trace, answered with a translated 500 and
 * no internals. JAX-RS's own answers (404 unknown path, 405, 415) keep their status.
 */
@Provider
public final class UnexpectedErrors implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrors.class);

    private final Messages messages;

    @Context
    private HttpHeaders headers;

    @Inject
    public UnexpectedErrors(Messages messages) {
        this.messages = messages;
    }

    @Override
    public Response toResponse(Throwable error) {
        int status = 500;
        String key = "ma.error.unexpected";
        if (error instanceof WebApplicationException) {
            status = ((WebApplicationException) error).getResponse().getStatus();
            key = status == 404 ? "ma.error.no-such-resource" : status == 405 ? "ma.error.method" : "ma.error.request";
        } else {
            LOG.error("Unexpected error in a REST call", error);
        }
        List<Locale> asked = headers == null ? List.of() : headers.getAcceptableLanguages();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("error", key);
        body.put("message", messages.text(asked.isEmpty() ? Messages.DUTCH : asked.get(0), key));
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
