package nl.mijnaansluiting.servicedesk.sandbox;

import org.junit.Rule;
import org.junit.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.hamcrest.CoreMatchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;

/** Issue 17, point 3: sessions never expired; now one left unused for the idle timeout is over (here 2 s; 30 min by default). */
public class SessionIdleTest {

    @Rule
    public final RunningSandbox sandbox = new RunningSandbox(Duration.ofSeconds(2));

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    public void aSessionUnusedForTheIdleTimeoutEnds() throws Exception {
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(sandbox.url("/login"))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = WebHardeningTest.cookie(form, SessionFormTokens.COOKIE).orElseThrow();
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(sandbox.url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString("atl_token=" + WebHardeningTest.token(form.body())
                        + "&username=bram&password=" + DemoDirectory.PASSWORD + "&next=/portal")).build(),
                HttpResponse.BodyHandlers.ofString());
        String session = WebHardeningTest.cookie(signedIn, "JSESSIONID").orElseThrow();
        assertEquals(200, portal(session).statusCode());
        Thread.sleep(1_000);
        assertEquals("used within the timeout: still signed in", 200, portal(session).statusCode());
        Thread.sleep(3_500);
        HttpResponse<String> after = portal(session);
        assertEquals(302, after.statusCode());
        assertThat(after.headers().firstValue("Location").orElse(""), containsString("/login"));
    }

    private HttpResponse<String> portal(String session) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(sandbox.url("/portal"))).header("Cookie", session).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
