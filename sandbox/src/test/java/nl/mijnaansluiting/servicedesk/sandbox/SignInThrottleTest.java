package nl.mijnaansluiting.servicedesk.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.Rule;
import org.junit.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicReference;

import static org.hamcrest.CoreMatchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.assertTrue;

/**
 * Issue 17, point 5: 600 wrong passwords in 8 s met no delay, each an audit row, and the right password worked at
 * once after. Now the fifth wrong password for a name pauses it, the right password too; the burst is one line in
 * the audit trail, not one per try; other people from the same address sign in as before.
 */
public class SignInThrottleTest {

    @Rule
    public final RunningSandbox sandbox = new RunningSandbox();

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final ObjectMapper json = new ObjectMapper();

    private HttpResponse<String> me(String user, String password) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(sandbox.url("/rest/ma-servicedesk/1.0/me")))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + password).getBytes(StandardCharsets.UTF_8))).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    public void repeatedWrongPasswordsPauseTheNameAndTheBurstIsAuditedOnce() throws Exception {
        int attempts = 0;
        HttpResponse<String> answer;
        do {
            answer = me("anna", "wrong-" + attempts);
            attempts++;
        } while (answer.statusCode() == 401 && attempts < 100);
        System.out.println("SignInThrottleTest: wrong passwords answered 401 before the throttle: " + (attempts - 1));
        assertEquals(SignInThrottle.USER_FAILURES + 1, attempts);
        assertEquals(429, answer.statusCode());
        assertTrue(Integer.parseInt(answer.headers().firstValue("Retry-After").orElseThrow()) > 0);
        assertThat(answer.body(), containsString("\"error\":\"ma.error.sign-in-throttled\""));
        assertThat(answer.body(), containsString("Te veel mislukte aanmeldpogingen"));

        // 200 more tries during the pause: all refused, the right password too, and none of them audited.
        for (int i = 0; i < 200; i++) {
            assertEquals(429, me("anna", "wrong").statusCode());
        }
        assertEquals(429, me("anna", DemoDirectory.PASSWORD).statusCode());
        assertEquals(429, me("ANNA", DemoDirectory.PASSWORD).statusCode());

        // Someone else from the same address is not held up.
        assertEquals(200, me("bram", DemoDirectory.PASSWORD).statusCode());

        JsonNode audit = json.readTree(http.send(HttpRequest.newBuilder(URI.create(sandbox.url(
                        "/rest/ma-servicedesk/1.0/audit?limit=200&subjectType=sign-in&subjectKey=anna")))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("admin:" + DemoDirectory.PASSWORD).getBytes(StandardCharsets.UTF_8))).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body());
        int failed = 0;
        int throttled = 0;
        for (JsonNode line : audit) {
            failed += "sign-in.failed".equals(line.path("action").asText()) ? 1 : 0;
            throttled += "sign-in.throttled".equals(line.path("action").asText()) ? 1 : 0;
        }
        assertEquals(SignInThrottle.USER_FAILURES, failed);
        assertEquals(1, throttled);
    }

    @Test
    public void theLoginPageSaysWhenToTryAgain() throws Exception {
        for (int i = 0; i < SignInThrottle.USER_FAILURES; i++) {
            assertEquals(401, login("bram", "wrong").statusCode());
        }
        HttpResponse<String> paused = login("bram", DemoDirectory.PASSWORD);
        assertEquals(429, paused.statusCode());
        assertThat(paused.body(), containsString("id=\"login-throttled\""));
        assertTrue(paused.body(), paused.body().matches("(?s).*Probeer het over (2\\d|30) seconden opnieuw\\..*"));
        assertEquals(302, login("anna", DemoDirectory.PASSWORD).statusCode());
    }

    /** The administrator's password asked again before administration counts as a sign-in too. */
    @Test
    public void guessingTheAdministratorsPasswordOnTheWebSudoPageIsPausedToo() throws Exception {
        String session = WebHardeningTest.cookie(login("admin", DemoDirectory.PASSWORD), "JSESSIONID").orElseThrow();
        int status = 0;
        int attempts = 0;
        while (attempts < 20) {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(sandbox.url(SandboxAdminSessions.PAGE)))
                    .header("Cookie", session).GET().build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> confirmed = http.send(HttpRequest.newBuilder(URI.create(sandbox.url(SandboxAdminSessions.PAGE)))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", session)
                    .POST(HttpRequest.BodyPublishers.ofString("atl_token=" + WebHardeningTest.token(page.body())
                            + "&password=wrong&next=/plugins/servlet/ma-servicedesk/home")).build(), HttpResponse.BodyHandlers.ofString());
            attempts++;
            status = confirmed.statusCode();
            if (status != 401) {
                assertThat(confirmed.body(), containsString("Te veel mislukte aanmeldpogingen"));
                break;
            }
        }
        assertEquals(429, status);
        assertEquals(SignInThrottle.USER_FAILURES + 1, attempts);
    }

    private HttpResponse<String> login(String user, String password) throws Exception {
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(sandbox.url("/login"))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = WebHardeningTest.cookie(form, SessionFormTokens.COOKIE).orElseThrow();
        return http.send(HttpRequest.newBuilder(URI.create(sandbox.url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString("atl_token=" + WebHardeningTest.token(form.body()) + "&username="
                        + user + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&next=/portal")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The pause ends, doubles with the next burst, and a right password clears the name's count. */
    @Test
    public void pausesEndDoubleAndARightPasswordStartsAfresh() {
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-01T09:00:00Z"));
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        SignInThrottle throttle = new SignInThrottle(clock);
        for (int i = 1; i < SignInThrottle.USER_FAILURES; i++) {
            assertFalse(throttle.failed("anna", "10.0.0.1").isPresent());
        }
        assertFalse(throttle.pause("anna", "10.0.0.1").isPresent());
        assertEquals(Duration.ofSeconds(30), throttle.failed("anna", "10.0.0.1").orElseThrow());
        assertEquals(Duration.ofSeconds(30), throttle.pause("anna", "10.0.0.2").orElseThrow());
        now.set(now.get().plusSeconds(31));
        assertFalse(throttle.pause("anna", "10.0.0.1").isPresent());
        for (int i = 1; i < SignInThrottle.USER_FAILURES; i++) {
            throttle.failed("anna", "10.0.0.1");
        }
        assertEquals(Duration.ofSeconds(60), throttle.failed("anna", "10.0.0.1").orElseThrow());
        now.set(now.get().plusSeconds(61));
        throttle.failed("anna", "10.0.0.3");
        throttle.succeeded("anna");
        for (int i = 1; i < SignInThrottle.USER_FAILURES; i++) {
            assertFalse(throttle.failed("anna", "10.0.0.3").isPresent());
        }
        // Many names from one address: the address is paused after its own limit.
        for (int i = 0; i < SignInThrottle.ADDRESS_FAILURES - (SignInThrottle.USER_FAILURES - 1) - 2; i++) {
            assertFalse(throttle.failed("name" + i, "10.0.0.3").isPresent());
        }
        assertTrue(throttle.failed("someone", "10.0.0.3").isPresent());
        assertTrue(throttle.pause("bram", "10.0.0.3").isPresent());
    }
}
