package nl.mijnaansluiting.servicedesk.rest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import nl.mijnaansluiting.servicedesk.error.Problem;
import nl.mijnaansluiting.servicedesk.error.ProblemException;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.ext.Provider;
import javax.ws.rs.ext.ReaderInterceptor;
import javax.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

/**
 * The one gate every JSON body of the add-on's REST API passes before a resource sees it (issue 17, point 7),
 * so no endpoint answers Jersey's or Jackson's English text naming Java types, or a 500: a body over
 * {@link #MAX_BYTES} is refused (413), malformed JSON, JSON nested deeper than {@link #MAX_DEPTH}, a NUL character
 * anywhere, and a body that is not an object where the resource takes one are refused (400), each translated and
 * naming the field where there is one. What passes is handed on unchanged. Field types and lengths are the
 * resource's and the domain's ({@link Bodies}, the {@code *Definitions}).
 */
@Provider
public class JsonBodies implements ReaderInterceptor {

    /** The largest definition the add-on keeps (a priority scheme with every product) is well under 100 kB. */
    public static final int MAX_BYTES = 512 * 1024;
    public static final int MAX_DEPTH = 32;
    private static final JsonFactory JSON = new JsonFactory();

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null || !(type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"))) {
            return context.proceed();
        }
        byte[] body = readAtMost(context.getInputStream(), MAX_BYTES);
        check(body, Map.class.isAssignableFrom(context.getType()));
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    private static byte[] readAtMost(InputStream in, int max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int read;
        while ((read = in.read(buffer)) != -1) {
            if (out.size() + read > max) {
                throw new ProblemException(Problem.TOO_LARGE, null, "ma.error.body-too-large", max / 1024);
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    /** Reads the whole body token by token: well-formed, not too deep, no NUL; an object where one is wanted. */
    static void check(byte[] body, boolean objectWanted) throws IOException {
        if (body.length == 0) {
            return; // the resource gets null and says what is missing
        }
        Deque<String> path = new ArrayDeque<>();
        int depth = 0;
        try (JsonParser parser = JSON.createParser(body)) {
            JsonToken token = parser.nextToken();
            if (objectWanted && token != JsonToken.START_OBJECT && token != JsonToken.VALUE_NULL) {
                throw ProblemException.badInput("body", "ma.error.json-object");
            }
            for (; token != null; token = parser.nextToken()) {
                switch (token) {
                    case START_OBJECT:
                    case START_ARRAY:
                        if (++depth > MAX_DEPTH) {
                            throw ProblemException.badInput("body", "ma.error.json-depth", MAX_DEPTH);
                        }
                        path.push(token == JsonToken.START_ARRAY ? "[]" : "");
                        break;
                    case END_OBJECT:
                    case END_ARRAY:
                        depth--;
                        path.pop();
                        break;
                    case FIELD_NAME:
                        path.pop();
                        path.push(parser.getCurrentName());
                        if (parser.getCurrentName().indexOf('\0') >= 0) {
                            throw ProblemException.badInput(field(path), "ma.error.nul");
                        }
                        break;
                    case VALUE_STRING:
                        if (parser.getText().indexOf('\0') >= 0) {
                            throw ProblemException.badInput(field(path), "ma.error.nul");
                        }
                        break;
                    default:
                        break;
                }
            }
        } catch (JsonParseException e) {
            throw ProblemException.badInput(field(path), "ma.error.json", e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    e.getLocation() == null ? 0 : e.getLocation().getColumnNr());
        }
    }

    /** "answers.situatie", "fields[].label": the place in the body, as the domain's errors name fields. */
    private static String field(Deque<String> path) {
        StringBuilder field = new StringBuilder();
        java.util.Iterator<String> parts = path.descendingIterator();
        while (parts.hasNext()) {
            String part = parts.next();
            if (part.isEmpty()) {
                continue;
            }
            if (part.equals("[]")) {
                field.append("[]");
            } else {
                field.append(field.length() == 0 ? "" : ".").append(part);
            }
        }
        return field.length() == 0 ? "body" : field.toString();
    }
}
