package nl.mijnaansluiting.servicedesk.sandbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Calls the add-on's REST API over real HTTP as a demo user (HTTP Basic), as a script or another system would. */
final class RestClient {

    private final RunningSandbox sandbox;
    private final String language;
    private final HttpClient http = HttpClient.newHttpClient();

    /** {@code language}: sent as Accept-Language, or null to send none. */
    RestClient(RunningSandbox sandbox, String language) {
        this.sandbox = sandbox;
        this.language = language;
    }

    HttpResponse<String> call(String method, String path, String user, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sandbox.url("/rest/ma-servicedesk/1.0" + path)))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + DemoDirectory.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        if (json != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
