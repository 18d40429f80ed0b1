package nl.mijnaansluiting.servicedesk.sandbox;

import org.junit.Rule;
import org.junit.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.assertTrue;

/**
 * Issue 17, points 2, 3, 4 and 8 over real HTTP: no internals in any error, one translated error answer, sessions
 * only for someone who signed in, redirects only to this host's paths, security headers on every answer, no server
 * version, TRACE refused.
 */
public class WebHardeningTest {

    @Rule
    public final RunningSandbox sandbox = new RunningSandbox();

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(sandbox.url(path))).GET();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static void assertNoInternals(HttpResponse<String> response) {
        for (String internal : List.of("SQL", "INSERT", "Exception", "at nl.", "at org.", "jetty", "Jetty", "AO_536F94",
                "java.", "javax.")) {
            assertThat(response.statusCode() + " " + response.body(), response.body(), not(containsString(internal)));
        }
    }

    /** Point 2: {@code curl -u "$(printf 'w%.0s' {1..300}):x" /health} answered 500 with the INSERT statement. */
    @Test
    public void aSignInWithAThreeHundredCharacterNameIsRefusedAndAuditedShortened() throws Exception {
        String name = "w".repeat(300);
        HttpResponse<String> response = send(get("/health").header("Authorization", basic(name, "x")));
        assertEquals(response.body(), 401, response.statusCode());
        assertNoInternals(response);
        assertThat(response.body(), containsString("\"error\":\"ma.error.not-signed-in\""));

        HttpResponse<String> audit = send(get("/rest/ma-servicedesk/1.0/audit?limit=5")
                .header("Authorization", basic("admin", DemoDirectory.PASSWORD)));
        assertThat(audit.body(), containsString("\"actor\":\"" + "w".repeat(100) + "\u2026\""));
        assertThat(audit.body(), containsString("sign-in.failed"));
    }

    @Test
    public void errorsAreOneTranslatedAnswerWithoutInternals() throws Exception {
        HttpResponse<String> page = send(get("/no-such-page"));
        assertEquals(404, page.statusCode());
        assertThat(page.headers().firstValue("Content-Type").orElse(""), containsString("text/html"));
        assertThat(page.body(), containsString("Deze pagina bestaat niet."));
        assertNoInternals(page);

        HttpResponse<String> english = send(get("/no-such-page").header("Cookie", "ma.language=en"));
        assertThat(english.body(), containsString("This page does not exist."));

        HttpResponse<String> api = send(get("/rest/ma-servicedesk/1.0/no-such-resource")
                .header("Authorization", basic("agent", DemoDirectory.PASSWORD)));
        assertEquals(404, api.statusCode());
        assertThat(api.body(), containsString("\"status\":404"));
        assertNoInternals(api);

        // A form over Jetty's 200 kB: our 413, not Jetty's page.
        HttpResponse<String> form = send(HttpRequest.newBuilder(URI.create(sandbox.url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=anna&password=" + "x".repeat(300_000))));
        assertEquals(form.body(), 413, form.statusCode());
        assertThat(form.body(), containsString("Wat u stuurde is te groot"));
        assertNoInternals(form);
    }

    /** Point 3: 20 000 requests left 20 001 sessions; now only signing in makes one. */
    @Test
    public void anonymousRequestsMakeNoSessionAndSigningInMakesOne() throws Exception {
        int before = sandbox.sessionsCreated();
        for (String path : List.of("/health", "/login", "/portal", "/queue", "/static/ma/css/ma-servicedesk.css",
                "/language?to=en&next=/login", "/no-such-page", "/plugins/servlet/ma-servicedesk/admin/priorities")) {
            for (int i = 0; i < 25; i++) {
                HttpResponse<String> response = send(get(path));
                assertFalse(path, response.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID")));
            }
        }
        assertEquals("no session for 200 anonymous requests", before, sandbox.sessionsCreated());

        Optional<String> session = signIn("bram");
        assertTrue(session.isPresent());
        assertEquals(before + 1, sandbox.sessionsCreated());
        HttpResponse<String> portal = send(get("/portal").header("Cookie", session.get()));
        assertEquals(200, portal.statusCode());
    }

    @Test
    public void aSessionIdInTheUrlIsRefused() throws Exception {
        String session = signIn("bram").orElseThrow();
        String id = session.substring(session.indexOf('=') + 1);
        HttpResponse<String> response = send(get("/portal;jsessionid=" + id));
        assertEquals(400, response.statusCode());
        assertThat(response.body(), containsString("Een sessie-id in de adresregel wordt niet geaccepteerd"));
        assertEquals(400, send(get("/portal;JSESSIONID=" + id)).statusCode());
    }

    /** Point 4: 6 of 42 variants went to another site. Every one now stays on this host, at its path after normalising. */
    @Test
    public void redirectTargetsAreOnlyThisHostsPaths() throws Exception {
        List<String> offsite = List.of("//evil.example/phish", "/.//evil.example/phish", "/a/..//evil.example", "/./../evil.example",
                "///evil.example", "\\\\evil.example", "/\\evil.example", "\\/evil.example", "/%2F/evil.example",
                "/%2f%2fevil.example", "/.%2F%2Fevil.example", "/%5Cevil.example", "/%5C%5Cevil.example", "/\t/evil.example",
                "/\n/evil.example", " //evil.example", "https://evil.example", "http:/evil.example", "javascript:alert(1)",
                "evil.example", "/%09/evil.example", "/a/%2E%2E/%2E%2E//evil.example", "/..;/evil.example",
                "//evil.example@127.0.0.1/", "/%2e/%2fevil.example", "https:evil.example", "//%65vil.example", "/ /evil.example",
                "data:text/html,x", "/.\\/evil.example");
        List<String> wrong = new ArrayList<>();
        for (String next : offsite) {
            for (String location : List.of(languageSwitch(next), loginRedirect(next))) {
                if (!onThisHost(location)) {
                    wrong.add(next + " -> " + location);
                }
            }
            String viaReferer = send(get("/language?to=nl").header("Referer", next.contains("\n") || next.contains("\t")
                    ? "http://x" : "http://evil.example" + (next.startsWith("/") ? next : "/" + next)))
                    .headers().firstValue("Location").orElse(null);
            if (!onThisHost(viaReferer)) {
                wrong.add("Referer " + next + " -> " + viaReferer);
            }
        }
        assertEquals(List.of(), wrong);
        // A path of this host still works, query and all.
        assertEquals("/portal/requests?x=1", languageSwitch("/portal/requests?x=1").replace(sandbox.url(""), ""));
        assertEquals("/portal", languageSwitch("/a/../portal").replace(sandbox.url(""), ""));
        assertEquals("/portal", send(get("/language?to=en").header("Referer", sandbox.url("/portal")))
                .headers().firstValue("Location").orElseThrow().replace(sandbox.url(""), ""));
    }

    /** A Location a browser resolves to a path of this sandbox. */
    private boolean onThisHost(String location) {
        if (location == null) {
            return false;
        }
        String path = location.startsWith(sandbox.url("/")) ? location.substring(sandbox.url("").length()) : location;
        return path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\") && !path.contains("\\")
                && URI.create(sandbox.url("")).resolve(path).getHost().equals("127.0.0.1");
    }

    private String languageSwitch(String next) throws Exception {
        return send(get("/language?to=en&next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)))
                .headers().firstValue("Location").orElse(null);
    }

    private String loginRedirect(String next) throws Exception {
        HttpResponse<String> form = send(get("/login"));
        String cookie = cookie(form, SessionFormTokens.COOKIE).orElseThrow();
        String token = token(form.body());
        HttpResponse<String> signedIn = send(HttpRequest.newBuilder(URI.create(sandbox.url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString("atl_token=" + token + "&username=bram&password=" + DemoDirectory.PASSWORD
                        + "&next=" + URLEncoder.encode(next, StandardCharsets.UTF_8))));
        assertEquals(next, 302, signedIn.statusCode());
        return signedIn.headers().firstValue("Location").orElse(null);
    }

    /** Point 8, on pages, the API, static files, errors and redirects alike. */
    @Test
    public void everyAnswerCarriesTheSecurityHeadersAndNoServerVersion() throws Exception {
        for (HttpRequest.Builder request : List.of(get("/login"), get("/health"), get("/static/ma/css/ma-servicedesk.css"),
                get("/no-such-page"), get("/"), get("/rest/ma-servicedesk/1.0/me").header("Authorization",
                        basic("bram", DemoDirectory.PASSWORD)), get("/rest/ma-servicedesk/1.0/me"))) {
            HttpResponse<String> response = send(request);
            String what = response.uri() + " " + response.statusCode();
            assertEquals(what, SecurityHeaders.CONTENT_SECURITY_POLICY,
                    response.headers().firstValue("Content-Security-Policy").orElse(null));
            assertThat(what, response.headers().firstValue("Content-Security-Policy").orElse(""),
                    containsString("frame-ancestors 'self'"));
            assertEquals(what, "SAMEORIGIN", response.headers().firstValue("X-Frame-Options").orElse(null));
            assertEquals(what, "nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null));
            assertEquals(what, "same-origin", response.headers().firstValue("Referrer-Policy").orElse(null));
            assertFalse(what, response.headers().firstValue("Server").isPresent());
            assertFalse(what, response.headers().firstValue("X-Powered-By").isPresent());
        }
    }

    @Test
    public void traceIsRefusedAndEchoesNothing() throws Exception {
        String session = signIn("bram").orElseThrow();
        for (String method : List.of("TRACE", "TRACK")) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(sandbox.url("/portal")))
                    .header("Cookie", session).method(method, HttpRequest.BodyPublishers.noBody()));
            assertEquals(method, 405, response.statusCode());
            assertThat(response.body(), not(containsString("JSESSIONID")));
            assertNoInternals(response);
        }
    }

    /** Signs in on the login page as a browser does; answers the session cookie ("JSESSIONID=..."). */
    private Optional<String> signIn(String user) throws Exception {
        HttpResponse<String> form = send(get("/login"));
        String cookie = cookie(form, SessionFormTokens.COOKIE).orElseThrow();
        HttpResponse<String> signedIn = send(HttpRequest.newBuilder(URI.create(sandbox.url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString("atl_token=" + token(form.body()) + "&username=" + user
                        + "&password=" + DemoDirectory.PASSWORD + "&next=/portal")));
        assertEquals(signedIn.body(), 302, signedIn.statusCode());
        return cookie(signedIn, "JSESSIONID");
    }

    static Optional<String> cookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).findFirst();
    }

    static String token(String html) {
        Matcher token = Pattern.compile("name=\"atl_token\" value=\"([^\"]+)\"").matcher(html);
        assertTrue(html, token.find());
        return token.group(1);
    }
}
