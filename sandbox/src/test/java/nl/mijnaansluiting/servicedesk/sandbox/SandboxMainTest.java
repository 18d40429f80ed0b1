package nl.mijnaansluiting.servicedesk.sandbox;

import org.junit.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;

/** Bad start-up input ends with one clear line and exit code 2, never a stack trace. */
public class SandboxMainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return SandboxMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new CountDownLatch(1));
    }

    private String oneLineOfErrors() {
        String text = err.toString(StandardCharsets.UTF_8).trim();
        assertEquals("exactly one line: " + text, 1, text.lines().count());
        assertThat(text, not(containsString("Exception")));
        return text;
    }

    @Test
    public void anUnknownOptionIsNamed() {
        assertEquals(2, run("--colour", "blue"));
        assertThat(oneLineOfErrors(), containsString("unknown option --colour"));
    }

    @Test
    public void aPortThatIsNoNumberIsRefused() {
        assertEquals(2, run("--port", "acht"));
        assertThat(oneLineOfErrors(), containsString("--port must be a number from 0 to 65535, not acht"));
    }

    @Test
    public void anOptionWithoutItsValueIsRefused() {
        assertEquals(2, run("--db-url"));
        assertThat(oneLineOfErrors(), containsString("--db-url needs a value"));
    }

    @Test
    public void aPortInUseIsSaidPlainly() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            assertEquals(2, run("--port", String.valueOf(port), "--db-url", "jdbc:h2:mem:port-test;DB_CLOSE_DELAY=-1"));
            assertThat(oneLineOfErrors(), containsString("Port " + port + " is already in use"));
        }
    }

    @Test
    public void anUnreachableDatabaseIsSaidPlainly() {
        assertEquals(2, run("--port", "0", "--db-url", "jdbc:postgresql://127.0.0.1:1/nowhere"));
        assertThat(oneLineOfErrors(), containsString("Cannot open the database jdbc:postgresql://127.0.0.1:1/nowhere"));
    }

    @Test
    public void helpListsTheOptions() {
        assertEquals(0, run("--help"));
        assertThat(out.toString(StandardCharsets.UTF_8), containsString("--db-url URL"));
    }
}
