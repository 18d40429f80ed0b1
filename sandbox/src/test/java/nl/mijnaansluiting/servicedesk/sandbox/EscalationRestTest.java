package nl.mijnaansluiting.servicedesk.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.ClassRule;
import org.junit.Test;

import java.net.http.HttpResponse;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Escalation over HTTP: agents escalate with a reason and an explanation and read the log; without a
 * reason it is refused, translated, and changes nothing; customers are refused; admins alone read and
 * change policies (wrong steps named) and the outbox.
 */
public class EscalationRestTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    private static final ObjectMapper JSON = new ObjectMapper();
    private final RestClient rest = new RestClient(SANDBOX, "en");

    private String capoIncident() throws Exception {
        HttpResponse<String> created = rest.call("POST", "/requests", "bram",
                "{\"template\":\"storing-capo\",\"organisation\":\"noordnet\",\"answers\":{\"onderwerp\":\"CAPO <b>traag</b>\","
                        + "\"omschrijving\":\"x\",\"omgeving\":\"productie\",\"situatie\":\"enkele-deelnemer\"}}");
        assertEquals(created.body(), 201, created.statusCode());
        return created.body().replaceAll(".*\"key\":\"(MA-\\d+)\".*", "$1");
    }

    @Test
    public void agentsEscalateWithAReasonAndSeeItInTheLog() throws Exception {
        String key = capoIncident();
        JsonNode before = JSON.readTree(rest.call("GET", "/escalations/requests/" + key, "agent", null).body());
        assertEquals(0, before.get("level").asInt());
        assertEquals("Service desk", before.get("levelName").asText());
        assertEquals(5, before.get("reasons").size());

        HttpResponse<String> refused = new RestClient(SANDBOX, "nl").call("POST", "/escalations/requests/" + key + "/escalate",
                "agent", "{\"reason\":\"\",\"explanation\":\"\"}");
        assertEquals(400, refused.statusCode());
        assertThat(refused.body(), containsString("\"field\":\"reason\""));
        assertThat(refused.body(), containsString("Kies de reden van de escalatie."));
        assertThat(refused.body(), containsString("\"field\":\"explanation\""));
        assertEquals(0, JSON.readTree(rest.call("GET", "/escalations/requests/" + key, "agent", null).body()).get("log").size());

        assertEquals(403, rest.call("POST", "/escalations/requests/" + key + "/escalate", "bram",
                "{\"reason\":\"vertraging\",\"explanation\":\"Te laat\"}").statusCode());
        assertEquals(403, rest.call("GET", "/escalations/requests/" + key, "bram", null).statusCode());

        HttpResponse<String> escalated = rest.call("POST", "/escalations/requests/" + key + "/escalate", "agent",
                "{\"reason\":\"afwezigheid-specialist\",\"explanation\":\"DBA <i>ziek</i>\"}");
        assertEquals(escalated.body(), 200, escalated.statusCode());
        JsonNode after = JSON.readTree(escalated.body());
        assertEquals(1, after.get("level").asInt());
        assertEquals("Service manager", after.get("levelName").asText());
        JsonNode line = after.get("log").get(0);
        assertEquals("ESCALATED", line.get("kind").asText());
        assertEquals("agent", line.get("by").asText());
        assertEquals("afwezigheid-specialist", line.get("reason").asText());
        assertEquals("DBA <i>ziek</i>", line.get("explanation").asText());
        assertEquals("manager", line.get("notified").get(0).asText());

        // The customer sees no escalation note among the comments; the agents see the agent's own, in the language the
        // agent works in (this client asks for English).
        assertThat(rest.call("GET", "/requests/" + key + "/comments", "bram", null).body(), not(containsString("Escalat")));
        assertThat(rest.call("GET", "/requests/" + key + "/comments", "agent", null).body(),
                containsString("\"author\":\"agent\",\"body\":\"[Escalation] Escalated to Service manager (Specialist absent): DBA <i>ziek</i>\""));

        JsonNode lowered = JSON.readTree(rest.call("POST", "/escalations/requests/" + key + "/deescalate", "manager",
                "{\"explanation\":\"DBA is terug\"}").body());
        assertEquals(0, lowered.get("level").asInt());
        assertEquals(409, rest.call("POST", "/escalations/requests/" + key + "/deescalate", "manager",
                "{\"explanation\":\"nog lager\"}").statusCode());

        // The outbox holds the service manager's notification; only admins read it.
        assertEquals(403, rest.call("GET", "/escalations/outbox", "agent", null).statusCode());
        String outbox = rest.call("GET", "/escalations/outbox", "admin", null).body();
        assertThat(outbox, containsString("\"recipient\":\"manager\""));
        assertThat(outbox, containsString(key));
    }

    @Test
    public void onlyAdminsChooseTheAddOnsUserAndOneJiraDoesNotKnowIsRefused() throws Exception {
        assertEquals(403, rest.call("GET", "/escalations/addon-user", "agent", null).statusCode());
        JsonNode now = JSON.readTree(rest.call("GET", "/escalations/addon-user", "admin", null).body());
        assertEquals("ma-servicedesk-app", now.get("username").asText());
        assertEquals("Servicedesk Mijn Aansluiting", now.get("displayName").asText());
        assertTrue(now.get("exists").asBoolean());
        HttpResponse<String> refused = rest.call("PUT", "/escalations/addon-user", "admin", "{\"username\":\"niemand\"}");
        assertEquals(400, refused.statusCode());
        assertThat(refused.body(), containsString("ma.addon-user.error.unknown"));
        assertThat(refused.body(), containsString("niemand"));
        assertEquals("nothing changed", "ma-servicedesk-app",
                JSON.readTree(rest.call("GET", "/escalations/addon-user", "admin", null).body()).get("username").asText());
        assertEquals(403, rest.call("PUT", "/escalations/addon-user", "agent", "{\"username\":\"agent\"}").statusCode());
        JsonNode chosen = JSON.readTree(rest.call("PUT", "/escalations/addon-user", "admin", "{\"username\":\"manager\"}").body());
        assertEquals("Hanna Servicemanager", chosen.get("displayName").asText());
        JsonNode back = JSON.readTree(rest.call("PUT", "/escalations/addon-user", "admin", "{\"username\":\"\"}").body());
        assertEquals("ma-servicedesk-app", back.get("username").asText());
    }

    @Test
    public void onlyAdminsChangePoliciesAndWrongStepsAreNamed() throws Exception {
        assertEquals(403, rest.call("GET", "/escalations/policies/mitz", "agent", null).statusCode());
        HttpResponse<String> got = rest.call("GET", "/escalations/policies/mitz", "admin", null);
        assertEquals(got.body(), 200, got.statusCode());
        ObjectNode policy = (ObjectNode) JSON.readTree(got.body());
        ObjectNode wrong = policy.deepCopy();
        ((ObjectNode) wrong.get("steps").get(1)).put("sharePercent", 0);
        ((ArrayNode) wrong.get("steps").get(2).get("notify")).add("DIRECTEUR");
        HttpResponse<String> refused = rest.call("PUT", "/escalations/policies/mitz", "admin", wrong.toString());
        assertEquals(400, refused.statusCode());
        assertThat(refused.body(), containsString("\"field\":\"steps[1].sharePercent\""));
        assertThat(refused.body(), containsString("\"field\":\"steps[2].notify[1]\""));
        assertEquals(policy, JSON.readTree(rest.call("GET", "/escalations/policies/mitz", "admin", null).body()));
        assertEquals(403, rest.call("PUT", "/escalations/policies/mitz", "agent", policy.toString()).statusCode());

        ObjectNode renamed = policy.deepCopy();
        ((ObjectNode) renamed.get("levels").get(2)).put("nl", "Directie").put("en", "Board");
        HttpResponse<String> saved = rest.call("PUT", "/escalations/policies/mitz", "admin", renamed.toString());
        assertEquals(saved.body(), 200, saved.statusCode());
        assertThat(rest.call("GET", "/escalations/policies", "admin", null).body(), containsString("Directie"));
        assertEquals(204, rest.call("DELETE", "/escalations/policies/mitz", "admin", null).statusCode());
        assertThat(rest.call("GET", "/escalations/policies/mitz", "admin", null).body(), containsString("Eindverantwoordelijke"));
    }
}
