package nl.mijnaansluiting.servicedesk.sandbox;

import org.junit.Rule;
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

import static org.hamcrest.CoreMatchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.assertTrue;

/**
 * Sign-up over plain HTTP (issue 16 point 6): without the form's XSRF token nothing is created; the password is kept
 * only as a PBKDF2 hash; attempts from one e-mail address are throttled as sign-ins are.
 */
public class SignUpHttpTest {

    @Rule
    public final RunningSandbox sandbox = new RunningSandbox();

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private String token() throws Exception {
        String form = http.send(HttpRequest.newBuilder(URI.create(sandbox.url("/signup"))).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("name=\"atl_token\" value=\"([^\"]+)\"").matcher(form);
        assertTrue(form, token.find());
        return token.group(1);
    }

    private HttpResponse<String> post(String token, String name, String email, String password, String again) throws Exception {
        String body = "name=" + enc(name) + "&email=" + enc(email) + "&password=" + enc(password) + "&password2=" + enc(again)
                + (token == null ? "" : "&atl_token=" + enc(token));
        return http.send(HttpRequest.newBuilder(URI.create(sandbox.url("/signup")))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    public void withoutTheFormsTokenNothingIsCreated() throws Exception {
        token();
        HttpResponse<String> forged = post(null, "Mallory", "mallory@voorbeeld.example", "sterk-genoeg-2026", "sterk-genoeg-2026");
        assertEquals(403, forged.statusCode());
        assertThat(forged.body(), containsString("Het formulier is verlopen; er is niets aangemaakt."));
        assertFalse(sandbox.directory().taken("mallory@voorbeeld.example"));
    }

    @Test
    public void theAccountKeepsAHashAndSignsInWithThePassword() throws Exception {
        HttpResponse<String> made = post(token(), "Tom de Groot", "tom@voorbeeld.example", "sterk-genoeg-2026", "sterk-genoeg-2026");
        assertEquals(made.body(), 302, made.statusCode());
        assertEquals("/portal/", made.headers().firstValue("Location").orElse(""));
        DemoDirectory.Person tom = sandbox.directory().find("tom@voorbeeld.example").orElseThrow();
        assertTrue(tom.password(), tom.password().startsWith("pbkdf2-sha256$600000$"));
        assertFalse(tom.password().contains("sterk-genoeg-2026"));
        assertTrue(tom.organisations().isEmpty());
        assertTrue(sandbox.directory().authenticate("tom@voorbeeld.example", "sterk-genoeg-2026").isPresent());
        assertFalse(sandbox.directory().authenticate("tom@voorbeeld.example", "sterk-genoeg-2027").isPresent());
    }

    @Test
    public void repeatedAttemptsForOneAddressArePaused() throws Exception {
        String token = token();
        int attempts = 0;
        HttpResponse<String> answer;
        do {
            answer = post(token, "", "veel@voorbeeld.example", "x", "y");
            attempts++;
        } while (answer.statusCode() == 400 && attempts < 50);
        assertEquals(SignInThrottle.USER_FAILURES + 1, attempts);
        assertEquals(429, answer.statusCode());
        assertTrue(Integer.parseInt(answer.headers().firstValue("Retry-After").orElseThrow()) > 0);
        assertThat(answer.body(), containsString("er is niets aangemaakt"));
        assertEquals(429, post(token, "Veel", "veel@voorbeeld.example", "sterk-genoeg-2026", "sterk-genoeg-2026").statusCode());
        assertFalse(sandbox.directory().taken("veel@voorbeeld.example"));
    }
}
