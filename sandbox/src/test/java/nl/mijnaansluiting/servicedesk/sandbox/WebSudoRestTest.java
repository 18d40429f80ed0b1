package nl.mijnaansluiting.servicedesk.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.ClassRule;
import org.junit.Test;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.Assert.assertThat;
import static org.hamcrest.CoreMatchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Admin REST calls (@WebSudoRequired) from a signed-in browser session need the password confirmed again, as in
 * Jira: until then 401 with a translated problem naming the page; HTTP Basic carries the password and is not asked.
 */
public class WebSudoRestTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TOKEN = Pattern.compile("name=\"atl_token\" value=\"([^\"]+)\"");

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    public void aSignedInSessionIsAskedForThePasswordBeforeAnAdminCallAndThenLetThrough() throws Exception {
        signIn("admin");
        HttpResponse<String> refused = get("/rest/ma-servicedesk/1.0/audit?limit=5", "nl");
        assertEquals(refused.body(), 401, refused.statusCode());
        JsonNode problem = JSON.readTree(refused.body());
        assertEquals("ma.error.websudo", problem.path("error").asText());
        assertEquals("Bevestig eerst uw wachtwoord op /websudo; daarna kunt u dit beheren.", problem.path("message").asText());

        HttpResponse<String> wrong = confirm("fout");
        assertEquals(401, wrong.statusCode());
        assertEquals(401, get("/rest/ma-servicedesk/1.0/audit?limit=5", "nl").statusCode());

        HttpResponse<String> confirmed = confirm(DemoDirectory.PASSWORD);
        assertEquals(302, confirmed.statusCode());
        HttpResponse<String> audit = get("/rest/ma-servicedesk/1.0/audit?limit=5", "nl");
        assertEquals(audit.body(), 200, audit.statusCode());
        assertTrue(JSON.readTree(audit.body()).isArray());
    }

    @Test
    public void theProblemIsInEnglishForAnEnglishSession() throws Exception {
        signIn("admin");
        browser.send(HttpRequest.newBuilder(URI.create(SANDBOX.url("/language?to=en&next=/"))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> refused = get("/rest/ma-servicedesk/1.0/keyusers", "en");
        assertEquals(401, refused.statusCode());
        assertEquals("Confirm your password first at /websudo; then you can administer this.",
                JSON.readTree(refused.body()).path("message").asText());
    }

    @Test
    public void callsThatNeedNoWebSudoAndBasicCallsAreNotAsked() throws Exception {
        signIn("admin");
        assertEquals(200, get("/rest/ma-servicedesk/1.0/me", "nl").statusCode());
        assertEquals(200, get("/rest/ma-servicedesk/1.0/sla/calendars", "nl").statusCode());
        HttpResponse<String> basic = new RestClient(SANDBOX, null).call("GET", "/audit?limit=1", "admin", null);
        assertEquals(basic.body(), 200, basic.statusCode());
    }

    @Test
    public void anAgentIsRefusedAsBeforeAndCannotConfirm() throws Exception {
        signIn("agent");
        HttpResponse<String> refused = get("/rest/ma-servicedesk/1.0/audit", "nl");
        assertEquals(403, refused.statusCode());
        assertEquals("ma.error.admin-only", JSON.readTree(refused.body()).path("error").asText());
        assertEquals(403, browser.send(HttpRequest.newBuilder(URI.create(SANDBOX.url("/websudo"))).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    public void anAnonymousVisitorIsSentToSignInFirst() throws Exception {
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(SANDBOX.url("/websudo?next=/x"))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, page.statusCode());
        assertThat(page.headers().firstValue("Location").orElse(""), containsString("/login?next="));
    }

    private void signIn(String user) throws Exception {
        String token = token("/login");
        HttpResponse<String> signedIn = post("/login", "atl_token=" + token + "&next=%2F&username=" + user + "&password="
                + DemoDirectory.PASSWORD);
        assertEquals(signedIn.body(), 302, signedIn.statusCode());
    }

    private HttpResponse<String> confirm(String password) throws Exception {
        String token = token("/websudo?next=%2F");
        return post("/websudo", "atl_token=" + token + "&next=%2F&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8));
    }

    private String token(String path) throws Exception {
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(SANDBOX.url(path))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = TOKEN.matcher(page.body());
        assertTrue(path + ": " + page.statusCode() + " " + page.body(), token.find());
        return token.group(1);
    }

    private HttpResponse<String> post(String path, String form) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(SANDBOX.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String language) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(SANDBOX.url(path))).header("Accept", "application/json")
                .header("Accept-Language", language).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
