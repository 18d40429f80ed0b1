package nl.mijnaansluiting.servicedesk.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.ClassRule;
import org.junit.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * docs/ADDING-A-SERVICE-DESK.md, replayed: every {@code sh} block of the document that is marked with a
 * {@code <!-- step: ... -->} comment is run, in the order written, against a real sandbox, and the outcome the
 * comment states (status, values at JSON pointers, text in the answer) must be what the sandbox answers. The
 * document cannot drift from what the add-on does: an unmarked curl command fails this test too.
 *
 * <p>Step comments: {@code expect 201} (the HTTP status), {@code /priority == "2"} (the JSON value at a pointer,
 * written as JSON), {@code contains "text"} (in the body), {@code KEY = /key} (remember a value as {@code $KEY} for
 * later commands), {@code set MONTH} (the block is {@code MONTH=$(date +%Y-%m)}: this month in the Netherlands).
 * A block holds one {@code curl} command, its body as a here-document ({@code <<'JSON'} ... {@code JSON}).
 */
public class AddingAServiceDeskDocTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    static final Path DOCUMENT = Path.of("docs", "ADDING-A-SERVICE-DESK.md");
    /** The base URL the document's commands use: README's sandbox on its default port. */
    static final String DOCUMENT_BASE = "http://127.0.0.1:8080";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern STEP = Pattern.compile("<!-- step:([^\\n]*?)-->\\n```sh\\n(.*?)\\n```", Pattern.DOTALL);
    private static final Pattern SH_BLOCK = Pattern.compile("```sh\\n(.*?)\\n```", Pattern.DOTALL);

    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, String> variables = new HashMap<>();

    /** A marked block: what the comment says and the command. */
    record Step(String expectations, String command) {
    }

    /** One curl command taken apart. */
    record Curl(String method, String url, String user, String password, Map<String, String> headers, String body) {
    }

    static String document() throws Exception {
        Path here = Path.of("").toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(DOCUMENT))) {
                return Files.readString(dir.resolve(DOCUMENT), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError(DOCUMENT + " not found above " + here);
    }

    static List<Step> steps(String markdown) {
        List<Step> steps = new ArrayList<>();
        Matcher m = STEP.matcher(markdown);
        while (m.find()) {
            steps.add(new Step(m.group(1).trim(), m.group(2)));
        }
        return steps;
    }

    @Test
    public void everyCommandOfTheDocumentIsAMarkedStep() throws Exception {
        String markdown = document();
        int curls = 0;
        Matcher block = SH_BLOCK.matcher(markdown);
        while (block.find()) {
            if (block.group(1).contains("curl ")) {
                curls++;
            }
        }
        List<Step> steps = steps(markdown);
        long marked = steps.stream().filter(s -> s.command().contains("curl ")).count();
        assertEquals("curl commands in sh blocks without a <!-- step: --> comment right above them", curls, marked);
        assertTrue("the example has its steps: " + steps.size(), steps.size() >= 15);
    }

    @Test
    public void theExampleRunsAsWrittenAndGivesWhatTheTextPromises() throws Exception {
        List<Step> steps = steps(document());
        int number = 0;
        for (Step step : steps) {
            number++;
            String where = "step " + number + " (" + step.expectations() + "):\n" + step.command() + "\n";
            if (step.expectations().startsWith("set ")) {
                set(step, where);
                continue;
            }
            Curl curl = parse(step.command(), where);
            HttpResponse<String> answer = send(curl);
            check(step.expectations(), answer, where);
        }
        clocksAreDueAsTheirCalendarSays();
    }

    /** Beyond the text: the raised request's clocks are due where the preview puts them from its creation. */
    private void clocksAreDueAsTheirCalendarSays() throws Exception {
        String key = variables.get("KEY");
        assertTrue("the document remembers the raised request as $KEY", key != null);
        JsonNode request = JSON.readTree(get("/rest/ma-servicedesk/1.0/requests/" + key, "agent").body());
        String preview = "{\"scheme\":\"basisregistraties\",\"priority\":\"" + request.path("priority").asText()
                + "\",\"start\":\"" + request.path("createdAt").asText() + "\"}";
        JsonNode goals = JSON.readTree(send(new Curl("POST", SANDBOX.url("/rest/ma-servicedesk/1.0/sla/preview"), "agent",
                DemoDirectory.PASSWORD, Map.of("Content-Type", "application/json"), preview)).body()).path("goals");
        JsonNode clocks = JSON.readTree(get("/rest/ma-servicedesk/1.0/sla/requests/" + key, "agent").body());
        assertEquals(clocks.toString(), 2, clocks.size());
        int compared = 0;
        for (JsonNode clock : clocks) {
            assertEquals(clock.toString(), "lindendaal-kantooruren", clock.path("calendar").asText());
            if (!clock.hasNonNull("dueAt")) {
                // The reaction clock stopped at the agent's answer (step 6): met, no longer due.
                assertFalse(clock.toString(), "RUNNING".equals(clock.path("state").asText()));
                continue;
            }
            for (JsonNode goal : goals) {
                if (goal.path("metric").asText().equals(clock.path("metric").asText())) {
                    assertEquals(clock.toString(),
                            OffsetDateTime.parse(goal.path("dueAt").asText()).toInstant().truncatedTo(ChronoUnit.SECONDS),
                            OffsetDateTime.parse(clock.path("dueAt").asText()).toInstant().truncatedTo(ChronoUnit.SECONDS));
                    compared++;
                }
            }
        }
        assertEquals("the resolution clock is still due: " + clocks, 1, compared);
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        return send(new Curl("GET", SANDBOX.url(path), user, DemoDirectory.PASSWORD, Map.of(), null));
    }

    private void set(Step step, String where) {
        String name = step.expectations().substring(4).trim();
        if (name.equals("MONTH") && step.command().trim().equals("MONTH=$(date +%Y-%m)")) {
            variables.put("MONTH", YearMonth.now(ZoneId.of("Europe/Amsterdam")).toString());
        } else {
            fail(where + "only 'set MONTH' with MONTH=$(date +%Y-%m) is known");
        }
    }

    private void check(String expectations, HttpResponse<String> answer, String where) throws Exception {
        String body = answer.body();
        for (String part : expectations.split(";")) {
            String e = part.trim();
            if (e.isEmpty()) {
                continue;
            }
            Matcher m;
            if ((m = Pattern.compile("expect (\\d{3})").matcher(e)).matches()) {
                assertEquals(where + body, Integer.parseInt(m.group(1)), answer.statusCode());
            } else if ((m = Pattern.compile("contains \"(.*)\"").matcher(e)).matches()) {
                assertTrue(where + "answer lacks \"" + m.group(1) + "\":\n" + body, body.contains(m.group(1)));
            } else if ((m = Pattern.compile("(/\\S*) == (.+)").matcher(e)).matches()) {
                JsonNode at = JSON.readTree(body).at(m.group(1));
                assertFalse(where + "nothing at " + m.group(1) + " in " + body, at.isMissingNode());
                assertEquals(where + body, JSON.readTree(m.group(2)), at);
            } else if ((m = Pattern.compile("([A-Z]+) = (/\\S*)").matcher(e)).matches()) {
                JsonNode at = JSON.readTree(body).at(m.group(2));
                assertTrue(where + "nothing to remember at " + m.group(2) + " in " + body, at.isValueNode());
                variables.put(m.group(1), at.asText());
            } else {
                fail(where + "unknown expectation: " + e);
            }
        }
    }

    private HttpResponse<String> send(Curl curl) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(curl.url()));
        if (curl.user() != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (curl.user() + ":" + curl.password()).getBytes(StandardCharsets.UTF_8)));
        }
        curl.headers().forEach(request::header);
        request.method(curl.method(), curl.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(curl.body()));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Takes a documented curl command apart: -u, -X, -H, the URL, and a here-document as the body. */
    Curl parse(String command, String where) {
        String[] lines = command.split("\n", -1);
        StringBuilder line = new StringBuilder();
        int next = 0;
        while (next < lines.length) {
            String l = lines[next++];
            if (l.endsWith("\\")) {
                line.append(l, 0, l.length() - 1).append(' ');
            } else {
                line.append(l);
                break;
            }
        }
        String body = null;
        String heredoc = null;
        Matcher h = Pattern.compile("<<'(\\w+)'\\s*$").matcher(line);
        if (h.find()) {
            heredoc = h.group(1);
            line.setLength(h.start());
            List<String> content = new ArrayList<>();
            while (next < lines.length && !lines[next].equals(heredoc)) {
                content.add(lines[next++]);
            }
            assertTrue(where + "the here-document ends with " + heredoc, next < lines.length);
            next++;
            body = String.join("\n", content);
        }
        for (; next < lines.length; next++) {
            assertTrue(where + "one command per block", lines[next].isBlank());
        }
        List<String> words = words(substitute(line.toString(), where));
        assertEquals(where, "curl", words.get(0));
        String method = null;
        String url = null;
        String user = null;
        String password = null;
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < words.size(); i++) {
            String w = words.get(i);
            switch (w) {
                case "-s", "-i", "-sS", "-f" -> { }
                case "-u" -> {
                    String[] credentials = words.get(++i).split(":", 2);
                    user = credentials[0];
                    password = credentials[1];
                }
                case "-X" -> method = words.get(++i);
                case "-H" -> {
                    String[] header = words.get(++i).split(":\\s*", 2);
                    headers.put(header[0], header[1]);
                }
                case "--data-binary" -> assertEquals(where + "the body comes from the here-document", "@-", words.get(++i));
                default -> {
                    assertTrue(where + "unknown curl option " + w, w.startsWith(DOCUMENT_BASE) && url == null);
                    url = SANDBOX.url(w.substring(DOCUMENT_BASE.length()));
                }
            }
        }
        assertTrue(where + "a URL under " + DOCUMENT_BASE, url != null);
        assertEquals(where + "--data-binary @- with a here-document, or neither", heredoc != null,
                words.contains("--data-binary"));
        return new Curl(method != null ? method : body != null ? "POST" : "GET", url, user, password, headers, body);
    }

    private String substitute(String line, String where) {
        Matcher m = Pattern.compile("\\$([A-Z]+)").matcher(line);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = variables.get(m.group(1));
            assertTrue(where + "$" + m.group(1) + " is not set by an earlier step", value != null);
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Shell words: split on blanks, single and double quotes kept together (no escapes inside). */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (char c : line.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                if (word == null) {
                    word = new StringBuilder();
                }
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else {
                if (word == null) {
                    word = new StringBuilder();
                }
                word.append(c);
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }
}
