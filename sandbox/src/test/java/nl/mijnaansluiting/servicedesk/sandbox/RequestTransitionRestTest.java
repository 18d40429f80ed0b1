package nl.mijnaansluiting.servicedesk.sandbox;

import org.junit.ClassRule;
import org.junit.Test;

import java.net.http.HttpResponse;

import static org.hamcrest.CoreMatchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;

/** Agents move a request through its life over REST; its SLA clocks follow and the customer's answer resumes them. */
public class RequestTransitionRestTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    private final RestClient rest = new RestClient(SANDBOX, "en");

    private String capoIncident() throws Exception {
        HttpResponse<String> created = rest.call("POST", "/requests", "bram",
                "{\"template\":\"storing-capo\",\"organisation\":\"noordnet\",\"answers\":{\"onderwerp\":\"CAPO\","
                        + "\"omschrijving\":\"x\",\"omgeving\":\"productie\",\"situatie\":\"enkele-deelnemer\"}}");
        assertEquals(created.body(), 201, created.statusCode());
        return created.body().replaceAll(".*\"key\":\"(MA-\\d+)\".*", "$1");
    }

    private HttpResponse<String> act(String key, String user, String action) throws Exception {
        return rest.call("POST", "/requests/" + key + "/transitions", user, "{\"action\":\"" + action + "\"}");
    }

    private String clocks(String key) throws Exception {
        return rest.call("GET", "/sla/requests/" + key, "agent", null).body();
    }

    private String state(String key, String metric) throws Exception {
        for (com.fasterxml.jackson.databind.JsonNode clock : new com.fasterxml.jackson.databind.ObjectMapper().readTree(clocks(key)).findParents("metric")) {
            if (clock.get("metric").asText().equals(metric)) {
                return clock.get("state").asText();
            }
        }
        throw new AssertionError("no " + metric + " clock in " + clocks(key));
    }

    @Test
    public void waitingPausesTheClocksAndTheCustomersAnswerResumesThem() throws Exception {
        String key = capoIncident();
        assertThat(act(key, "agent", "wait").body(), containsString("\"status\":\"waiting\""));
        assertThat(clocks(key), containsString("\"state\":\"PAUSED\""));

        assertEquals(201, rest.call("POST", "/requests/" + key + "/comments", "bram", "{\"body\":\"Het is weer zo\"}").statusCode());
        assertThat(rest.call("GET", "/requests/" + key, "bram", null).body(), containsString("\"status\":\"in-progress\""));
        assertThat(clocks(key), containsString("\"state\":\"RUNNING\""));
    }

    @Test
    public void takingStopsTheReactionAndResolvingTheResolution() throws Exception {
        String key = capoIncident();
        assertThat(act(key, "agent", "take").body(), containsString("\"status\":\"in-progress\""));
        assertEquals("MET", state(key, "reaction"));
        assertEquals("RUNNING", state(key, "resolution"));

        assertThat(act(key, "manager", "resolve").body(), containsString("\"status\":\"resolved\""));
        assertEquals("MET", state(key, "resolution"));
        assertThat(act(key, "agent", "reopen").body(), containsString("\"status\":\"in-progress\""));
    }

    @Test
    public void anActionThatDoesNotFitIsRefusedAndCustomersMayNotAct() throws Exception {
        String key = capoIncident();
        HttpResponse<String> early = act(key, "agent", "reopen");
        assertEquals(409, early.statusCode());
        assertThat(early.body(), containsString("The action reopen is not possible for a request with status open."));
        HttpResponse<String> unknown = new RestClient(SANDBOX, "nl").call("POST", "/requests/" + key + "/transitions", "agent",
                "{\"action\":\"sluiten\"}");
        assertEquals(400, unknown.statusCode());
        assertThat(unknown.body(), containsString("sluiten is geen handeling"));
        assertEquals(403, act(key, "bram", "resolve").statusCode());
        assertEquals(404, act("MA-99999", "agent", "take").statusCode());
        assertThat(rest.call("GET", "/requests/" + key, "bram", null).body(), containsString("\"status\":\"open\""));
    }
}
