package nl.mijnaansluiting.servicedesk.sandbox;

import nl.mijnaansluiting.servicedesk.sandbox.wiring.PluginDescriptor;
import org.junit.ClassRule;
import org.junit.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

/**
 * The sandbox serves the plugin's modules from atlassian-plugin.xml as Jira mounts them: every servlet
 * module under /plugins/servlet, and the REST resources of the rest module's package, the ones the
 * sandbox has no test of its own for too.
 */
public class PluginModulesTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    public void everyServletModuleAnswersAnAdminAtItsUrlPattern() throws Exception {
        PluginDescriptor plugin = PluginDescriptor.read(getClass().getClassLoader());
        assertFalse(plugin.servlets().isEmpty());
        for (PluginDescriptor.Servlet servlet : plugin.servlets()) {
            for (String pattern : servlet.urlPatterns()) {
                assertEquals(servlet.key() + " at " + pattern, 200, get(SandboxServer.SERVLETS_PATH + pattern).statusCode());
            }
        }
    }

    @Test
    public void theKeyUserRequestTypeResourceIsServedAsInJira() throws Exception {
        HttpResponse<String> provisioned = http.send(request("/rest/ma-servicedesk/1.0/provisioning/MA")
                .header("X-Atlassian-Token", "no-check").POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(provisioned.body(), 200, provisioned.statusCode());

        HttpResponse<String> response = get("/rest/ma-servicedesk/1.0/keyusers/request-types/1");

        assertEquals(response.body(), 200, response.statusCode());
        assertEquals("{\"requestType\":1,\"groups\":[]}", response.body());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(SANDBOX.url(path))).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString(("admin:" + DemoDirectory.PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }
}
