package nl.mijnaansluiting.servicedesk.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.ClassRule;
import org.junit.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.hamcrest.CoreMatchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.assertTrue;

/**
 * The SLA history and recalculation over HTTP (issue 19): every step of a request's clocks with its cause for staff,
 * never for customers; a recalculation's dry run and apply for admins only, applied only with the dry run's
 * fingerprint, leaving a "recalculated" step; the re-plans an admin's calendar change queued.
 */
public class SlaHistoryRestTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LIP_KRITIEK = "{\"template\":\"storing-lip\",\"organisation\":\"noordnet\",\"answers\":{"
            + "\"onderwerp\":\"LIP niet beschikbaar\",\"omschrijving\":\"Niemand kan inloggen.\",\"omgeving\":\"productie\","
            + "\"situatie\":\"lip-niet-beschikbaar\"}}";

    private final RestClient rest = new RestClient(SANDBOX, "nl");

    private static List<String> steps(JsonNode history) {
        List<String> steps = new ArrayList<>();
        history.forEach(step -> steps.add(step.get("metric").asText() + " " + step.get("kind").asText()));
        return steps;
    }

    @Test
    public void staffReadEveryStepWithItsCauseAndAnAdminRecalculatesOnlyWhatTheDryRunShowed() throws Exception {
        HttpResponse<String> raised = rest.call("POST", "/requests", "anna", LIP_KRITIEK);
        assertEquals(raised.body(), 201, raised.statusCode());
        String key = JSON.readTree(raised.body()).get("key").asText();
        assertEquals(200, rest.call("POST", "/requests/" + key + "/transitions", "agent", "{\"action\":\"take\"}").statusCode());

        HttpResponse<String> history = rest.call("GET", "/sla/requests/" + key + "/history", "agent", null);
        assertEquals(history.body(), 200, history.statusCode());
        JsonNode steps = JSON.readTree(history.body());
        assertEquals(List.of("reaction START", "resolution START", "reaction STOP"), steps(steps));
        assertEquals("CUSTOMER", steps.get(0).get("causeType").asText());
        assertEquals("anna", steps.get(0).get("actor").asText());
        // The step keeps the username (actor); people read the display name (issue 13, point 7).
        assertEquals("Transitie door Gert Agent: take", steps.get(2).get("cause").asText());
        assertEquals("RUNNING", steps.get(2).get("stateBefore").asText());
        assertEquals("MET", steps.get(2).get("state").asText());
        assertEquals(403, rest.call("GET", "/sla/requests/" + key + "/history", "anna", null).statusCode());

        String scope = "{\"request\":\"" + key + "\"}";
        assertEquals(403, rest.call("POST", "/sla/recalculations/dry-run", "agent", scope).statusCode());
        HttpResponse<String> dryRun = rest.call("POST", "/sla/recalculations/dry-run", "admin", scope);
        assertEquals(dryRun.body(), 200, dryRun.statusCode());
        JsonNode plan = JSON.readTree(dryRun.body());
        assertEquals(2, plan.get("examined").asInt());
        // Nothing in the configuration changed: nothing to recalculate.
        assertEquals(0, plan.get("changes").size());

        HttpResponse<String> stale = rest.call("POST", "/sla/recalculations", "admin",
                "{\"request\":\"" + key + "\",\"fingerprint\":\"0000000000000000\"}");
        assertEquals(409, stale.statusCode());
        assertThat(stale.body(), containsString("De uitkomst is veranderd sinds de proefberekening"));
        HttpResponse<String> applied = rest.call("POST", "/sla/recalculations", "admin",
                "{\"request\":\"" + key + "\",\"fingerprint\":\"" + plan.get("fingerprint").asText() + "\"}");
        assertEquals(applied.body(), 200, applied.statusCode());
        assertTrue(JSON.readTree(applied.body()).get("applied").asBoolean());

        HttpResponse<String> none = rest.call("POST", "/sla/recalculations/dry-run", "admin", "{}");
        assertEquals(400, none.statusCode());
        assertThat(none.body(), containsString("Kies een verzoek, een deelnemer of een schema."));
    }

    @Test
    public void anAdminRecalculatesEveryRequestOfOneDeelnemer() throws Exception {
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> raised = rest.call("POST", "/requests", "anna", LIP_KRITIEK);
            assertEquals(raised.body(), 201, raised.statusCode());
        }
        HttpResponse<String> queue = rest.call("GET", "/requests/queue?organisation=noordnet&resolved=true", "agent", null);
        assertEquals(queue.body(), 200, queue.statusCode());
        int requests = JSON.readTree(queue.body()).get("total").asInt();

        String scope = "{\"deelnemer\":\"noordnet\"}";
        assertEquals(403, rest.call("POST", "/sla/recalculations/dry-run", "agent", scope).statusCode());
        HttpResponse<String> dryRun = rest.call("POST", "/sla/recalculations/dry-run", "admin", scope);
        assertEquals(dryRun.body(), 200, dryRun.statusCode());
        JsonNode plan = JSON.readTree(dryRun.body());
        assertEquals("deelnemer:noordnet", plan.get("scope").asText());
        // Each Kritiek LIP incident has its reaction and its resolution clock; no other deelnemer's.
        assertEquals(2 * requests, plan.get("examined").asInt());
        assertTrue(requests >= 2);

        HttpResponse<String> unknown = rest.call("POST", "/sla/recalculations/dry-run", "admin", "{\"deelnemer\":\"onbekend\"}");
        assertEquals(404, unknown.statusCode());
        assertThat(unknown.body(), containsString("Deelnemer onbekend bestaat niet."));
        HttpResponse<String> english = new RestClient(SANDBOX, "en").call("POST", "/sla/recalculations/dry-run", "admin",
                "{\"deelnemer\":\"onbekend\"}");
        assertThat(english.body(), containsString("There is no participant onbekend."));
    }

    @Test
    public void aCalendarChangeQueuesAReplanThatAdminsFollow() throws Exception {
        String calendar = rest.call("GET", "/sla/calendars/borger-dk-orientering", "agent", null).body();
        assertEquals(200, rest.call("PUT", "/sla/calendars/borger-dk-orientering", "admin", calendar).statusCode());
        HttpResponse<String> replans = rest.call("GET", "/sla/replans", "admin", null);
        assertEquals(replans.body(), 200, replans.statusCode());
        JsonNode latest = JSON.readTree(replans.body()).get(0);
        assertEquals("calendar", latest.get("kind").asText());
        assertEquals("borger-dk-orientering", latest.get("key").asText());
        assertEquals("admin", latest.get("changedBy").asText());
        HttpResponse<String> one = rest.call("GET", "/sla/replans/" + latest.get("id").asText(), "admin", null);
        assertEquals(200, one.statusCode());
        assertTrue(JSON.readTree(one.body()).has("failures"));
        assertEquals(404, rest.call("GET", "/sla/replans/999999", "admin", null).statusCode());
        assertEquals(403, rest.call("GET", "/sla/replans", "agent", null).statusCode());
        assertEquals(204, rest.call("DELETE", "/sla/calendars/borger-dk-orientering", "admin", null).statusCode());
    }
}
