package nl.mijnaansluiting.servicedesk.sandbox;

import nl.mijnaansluiting.servicedesk.text.Translated;
import org.junit.ClassRule;
import org.junit.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;

/** The plugin's REST resources over real HTTP, through the sandbox's sign-in and Jira's REST v2 access rules. */
public class SandboxRestTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String user, String language) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(SANDBOX.url(path))).GET();
        if (user != null) {
            request.header("Authorization", basic(user, DemoDirectory.PASSWORD));
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    public void healthAnswersWithoutSignIn() throws Exception {
        HttpResponse<String> health = get("/health", null, null);
        assertEquals(200, health.statusCode());
        assertEquals("{\"status\":\"UP\",\"database\":\"h2\"}", health.body());
    }

    @Test
    public void meNeedsASignedInCallerAndSaysSoInDutchByDefault() throws Exception {
        HttpResponse<String> anonymous = get("/rest/ma-servicedesk/1.0/me", null, null);
        assertEquals(401, anonymous.statusCode());
        assertThat(anonymous.body(), containsString("U bent niet aangemeld."));
    }

    @Test
    public void meTellsACustomerWhoSheIsAndForWhichDeelnemer() throws Exception {
        HttpResponse<String> me = get("/rest/ma-servicedesk/1.0/me", "anna", null);
        assertEquals(200, me.statusCode());
        assertThat(me.body(), containsString("\"username\":\"anna\""));
        assertThat(me.body(), containsString("\"roles\":[\"CUSTOMER\"]"));
        assertThat(me.body(), containsString("\"organisations\":[\"noordnet\"]"));
    }

    @Test
    public void aWrongPasswordIsRefusedAndAudited() throws Exception {
        HttpRequest wrong = HttpRequest.newBuilder(URI.create(SANDBOX.url("/rest/ma-servicedesk/1.0/me")))
                .header("Authorization", basic("bram", "raden")).GET().build();
        assertEquals(401, http.send(wrong, HttpResponse.BodyHandlers.ofString()).statusCode());

        HttpResponse<String> audit = get("/rest/ma-servicedesk/1.0/audit?subjectType=sign-in&subjectKey=bram", "admin", null);
        assertEquals(200, audit.statusCode());
        assertThat(audit.body(), containsString("\"action\":\"sign-in.failed\""));
        assertThat(audit.body(), not(containsString("raden")));
    }

    @Test
    public void theAuditTrailIsForAdminsOnlyWithTheReasonTranslated() throws Exception {
        HttpResponse<String> customer = get("/rest/ma-servicedesk/1.0/audit", "anna", "en");
        assertEquals(403, customer.statusCode());
        assertThat(customer.body(), containsString("Only administrators may do this."));

        HttpResponse<String> agent = get("/rest/ma-servicedesk/1.0/audit", "agent", null);
        assertEquals(403, agent.statusCode());
        assertThat(agent.body(), containsString("Alleen beheerders mogen dit doen."));

        assertEquals(200, get("/rest/ma-servicedesk/1.0/audit", "admin", null).statusCode());
    }

    @Test
    public void aBadLimitIsA400NamingTheField() throws Exception {
        HttpResponse<String> bad = get("/rest/ma-servicedesk/1.0/audit?limit=9999", "admin", "en");
        assertEquals(400, bad.statusCode());
        assertThat(bad.body(), containsString("\"field\":\"limit\""));
        assertThat(bad.body(), containsString("from 1 to 500"));
    }

    @Test
    public void anUnknownResourceIsA404WithoutInternals() throws Exception {
        HttpResponse<String> missing = get("/rest/ma-servicedesk/1.0/nothing-here", "admin", "en");
        assertEquals(404, missing.statusCode());
        assertThat(missing.body(), containsString("This REST resource does not exist."));
        assertThat(missing.body(), not(containsString("Exception")));
    }

    @Test
    public void pagesSendAnonymousVisitorsToTheLoginPage() throws Exception {
        HttpResponse<String> home = get("/plugins/servlet/ma-servicedesk/home", null, null);
        assertEquals(302, home.statusCode());
        assertEquals("/login?next=%2Fplugins%2Fservlet%2Fma-servicedesk%2Fhome",
                home.headers().firstValue("Location").orElse(""));
    }

    @Test
    public void theAuditPageIsForbiddenToCustomers() throws Exception {
        HttpResponse<String> page = get("/plugins/servlet/ma-servicedesk/admin/audit", "anna", null);
        assertEquals(403, page.statusCode());
        assertThat(page.body(), containsString("U heeft geen toegang tot deze pagina."));
    }

    @Test
    public void auiAndThePluginStylesheetAreServed() throws Exception {
        assertEquals(200, get("/static/aui/aui-prototyping.css", null, null).statusCode());
        assertEquals(200, get("/static/ma/css/ma-servicedesk.css", null, null).statusCode());
        assertEquals(404, get("/static/../atlassian-plugin.xml", null, null).statusCode());
    }
}
