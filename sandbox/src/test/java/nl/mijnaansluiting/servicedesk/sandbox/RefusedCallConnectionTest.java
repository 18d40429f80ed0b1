package nl.mijnaansluiting.servicedesk.sandbox;

import org.junit.ClassRule;
import org.junit.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.hamcrest.CoreMatchers.startsWith;
import static org.junit.Assert.assertThat;

/**
 * A call refused before its body is read still gets its answer, and the connection stays usable, even
 * when the body arrives after the refusal was written (a slow client, or a busy CI machine).
 */
public class RefusedCallConnectionTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    @Test
    public void aRefusedPutWithALateBodyIsAnsweredAndTheConnectionKeptOpen() throws Exception {
        URI base = URI.create(SANDBOX.url("/"));
        String body = "{\"key\":\"informatievraag\"," + "\"padding\":\"" + "x".repeat(200_000) + "\"}";
        String agent = Base64.getEncoder().encodeToString(("agent:" + DemoDirectory.PASSWORD).getBytes(StandardCharsets.UTF_8));
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("PUT /rest/ma-servicedesk/1.0/templates/informatievraag HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Basic " + agent + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length() + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread.sleep(300);  // the refusal is written before the body is on its way
            out.write(body.getBytes(StandardCharsets.US_ASCII));
            out.write(("GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();

            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            assertThat(in.readLine(), startsWith("HTTP/1.1 403"));
            skipResponse(in);
            assertThat(in.readLine(), startsWith("HTTP/1.1 200"));
        }
    }

    /** Reads the rest of a response with a Content-Length body (as the sandbox sends its small answers). */
    private static void skipResponse(BufferedReader in) throws Exception {
        int length = 0;
        for (String header = in.readLine(); !header.isEmpty(); header = in.readLine()) {
            if (header.toLowerCase().startsWith("content-length:")) {
                length = Integer.parseInt(header.substring("content-length:".length()).trim());
            }
        }
        for (int i = 0; i < length; i++) {
            in.read();
        }
    }
}
