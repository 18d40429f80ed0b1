package nl.mijnaansluiting.servicedesk.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.After;
import org.junit.Test;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Issue 17, point 1: nothing acknowledged is lost. A real sandbox process (java ... SandboxMain) takes requests from
 * 8 threads, is killed with SIGKILL ({@link Process#destroyForcibly()}, kill -9) 3 seconds in, and is started again on
 * the same data. Every request answered 201 must be there whole (its priority decision and both clocks), and no
 * request may be there in part (one whose 201 never arrived may be there, but whole or not at all).
 * On H2 with the sandbox's default URL (./sandbox-data in the process's directory) and on PostgreSQL.
 */
public class CrashSafetyTest {

    private static final String PG_SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final int THREADS = 8;
    private static final Duration LOAD_FOR = Duration.ofSeconds(3);
    /** A LIP incident on Productie: priority K from the answers, reaction and resolution clocks. */
    private static final String INCIDENT = "{\"template\":\"storing-lip\",\"organisation\":\"noordnet\",\"answers\":{"
            + "\"onderwerp\":\"Crash %d\",\"omschrijving\":\"x\",\"omgeving\":\"productie\","
            + "\"situatie\":\"lip-niet-beschikbaar\"}}";
    private static final Pattern KEY = Pattern.compile("\"key\":\"(MA-\\d+)\"");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Process> processes = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Path directory;
    private String pgName;

    @After
    public void tearDown() throws Exception {
        for (Process process : processes) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        if (directory != null) {
            try (var files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
        if (pgName != null) {
            try (Connection connection = DriverManager.getConnection(PG_SERVER + "postgres", "postgres", "");
                 Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + pgName + " WITH (FORCE)");
            }
        }
    }

    @Test
    public void onH2WithTheDefaultUrlEveryAcknowledgedRequestSurvivesAKillWhole() throws Exception {
        directory = Files.createTempDirectory("ma-crash-h2");
        crashAndCheck("H2 (default URL)");
    }

    @Test
    public void onPostgresqlEveryAcknowledgedRequestSurvivesAKillWhole() throws Exception {
        pgName = "ma_crash_" + ProcessHandle.current().pid();
        try (Connection connection = DriverManager.getConnection(PG_SERVER + "postgres", "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + pgName + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + pgName);
        }
        directory = Files.createTempDirectory("ma-crash-pg");
        crashAndCheck("PostgreSQL");
    }

    private void crashAndCheck(String database) throws Exception {
        Process first = start();
        String base = baseUrl(first);
        Set<String> acknowledged = new ConcurrentSkipListSet<>(Comparator.comparingInt(CrashSafetyTest::number));
        AtomicInteger sent = new AtomicInteger();
        AtomicBoolean killed = new AtomicBoolean();
        List<Thread> raisers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Thread raiser = new Thread(() -> {
                while (!killed.get()) {
                    int n = sent.incrementAndGet();
                    try {
                        HttpResponse<String> response = call(base, "POST", "/requests", n % 2 == 0 ? "anna" : "bram",
                                String.format(INCIDENT, n));
                        if (response.statusCode() == 201) {
                            Matcher key = KEY.matcher(response.body());
                            assertTrue(response.body(), key.find());
                            acknowledged.add(key.group(1));
                        }
                    } catch (Exception e) {
                        return; // the process is gone: this request was never acknowledged
                    }
                }
            }, "raiser-" + t);
            raiser.start();
            raisers.add(raiser);
        }
        // Under load the first answers take a while (a cold JVM): the 3 seconds count from the eighth 201.
        long warmUntil = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (acknowledged.size() < THREADS && System.nanoTime() < warmUntil) {
            Thread.sleep(20);
        }
        Thread.sleep(LOAD_FOR.toMillis());
        first.destroyForcibly(); // SIGKILL: no shutdown hook, no clean close of the database
        first.waitFor(10, TimeUnit.SECONDS);
        killed.set(true);
        for (Thread raiser : raisers) {
            raiser.join(30_000);
        }
        Set<String> ackedAtKill = new TreeSet<>(acknowledged);

        Process second = start();
        String again = baseUrl(second);
        // Every request there, page by page of the agents' queue, resolved ones too.
        Set<String> present = new TreeSet<>();
        int pages = 1;
        for (int page = 1; page <= pages; page++) {
            JsonNode queue = JSON.readTree(call(again, "GET", "/requests/queue?resolved=true&page=" + page, "agent", null).body());
            pages = queue.get("pages").asInt();
            queue.get("requests").forEach(request -> present.add(request.get("key").asText()));
        }
        List<String> lost = new ArrayList<>();
        List<String> partial = new ArrayList<>();
        int complete = 0;
        for (String key : ackedAtKill) {
            if (!present.contains(key)) {
                lost.add(key);
            }
        }
        for (String key : present) {
            if (isWhole(again, key)) {
                complete++;
            } else {
                partial.add(key);
            }
        }
        int ackedComplete = (int) ackedAtKill.stream().filter(present::contains).filter(k -> !partial.contains(k)).count();
        System.out.printf("CrashSafetyTest on %s: %d requests sent, %d acknowledged (201), %d of them complete after the kill;"
                        + " %d present after restart, %d complete, %d lost, %d partial%n", database, sent.get(),
                ackedAtKill.size(), ackedComplete, present.size(), complete, lost.size(), partial.size());
        assertTrue("the load ran: " + ackedAtKill.size() + " acknowledged", ackedAtKill.size() >= 10);
        assertEquals("acknowledged but gone after the kill", List.of(), lost);
        assertEquals("present but without their decision or clocks", List.of(), partial);
        assertEquals(ackedAtKill.size(), ackedComplete);
    }

    /** The request's decision and its two clocks (reaction, resolution) are there. */
    private boolean isWhole(String base, String key) throws Exception {
        HttpResponse<String> decision = call(base, "GET", "/priority/requests/" + key, "agent", null);
        if (decision.statusCode() != 200 || !"K".equals(JSON.readTree(decision.body()).path("priority").asText())) {
            return false;
        }
        JsonNode clocks = JSON.readTree(call(base, "GET", "/sla/requests/" + key, "agent", null).body());
        Set<String> metrics = new TreeSet<>();
        clocks.forEach(clock -> metrics.add(clock.get("metric").asText()));
        return metrics.equals(Set.of("reaction", "resolution"));
    }

    private HttpResponse<String> call(String base, String method, String path, String user, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/rest/ma-servicedesk/1.0" + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + DemoDirectory.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        if (json != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int number(String key) {
        return Integer.parseInt(key.substring(key.indexOf('-') + 1));
    }

    private final java.util.Map<Process, String> urls = new java.util.HashMap<>();

    private String baseUrl(Process process) {
        return urls.get(process);
    }

    /** A sandbox process in this test's directory (H2: the default URL; PostgreSQL: its database); returns once it serves. */
    private Process start() throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        // Absolute class path entries: the process runs in the test's own directory.
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> new File(entry).getAbsolutePath()).collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(java, "-cp", classPath,
                SandboxMain.class.getName(), "--port", "0"));
        if (pgName != null) {
            command.addAll(List.of("--db-url", PG_SERVER + pgName));
        }
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        processes.add(process);
        CompletableFuture<String> running = new CompletableFuture<>();
        StringBuilder output = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    output.append(line).append('\n');
                    Matcher url = Pattern.compile("running at (http://127\\.0\\.0\\.1:\\d+)/").matcher(line);
                    if (url.find()) {
                        running.complete(url.group(1));
                    }
                }
            } catch (Exception e) {
                running.completeExceptionally(e);
            }
            running.completeExceptionally(new IllegalStateException("the sandbox process ended before it served: " + output));
        });
        reader.setDaemon(true);
        reader.start();
        urls.put(process, running.get(90, TimeUnit.SECONDS));
        return process;
    }
}
