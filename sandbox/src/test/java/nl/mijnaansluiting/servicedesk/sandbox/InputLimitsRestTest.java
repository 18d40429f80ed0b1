package nl.mijnaansluiting.servicedesk.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.ClassRule;
import org.junit.Test;

import java.net.http.HttpResponse;
import java.util.List;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;

/**
 * Issue 17, points 6 and 7, over real HTTP: bad input on the add-on's REST API is a translated JSON 400 (or 413)
 * naming the field, in Dutch and English, never Jersey's or Jackson's text or a 500, and nothing changes; a
 * template save keeps the key-user rule unless it says otherwise, and a non-boolean is refused.
 */
public class InputLimitsRestTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    private final RestClient dutch = new RestClient(SANDBOX, "nl");
    private final RestClient english = new RestClient(SANDBOX, "en");
    private final ObjectMapper json = new ObjectMapper();

    private static void refused(HttpResponse<String> response, int status, String error, String field) {
        assertEquals(response.body(), status, response.statusCode());
        assertThat(response.headers().firstValue("Content-Type").orElse(""), containsString("application/json"));
        assertThat(response.body(), containsString("\"error\":\"" + error + "\""));
        if (field != null) {
            assertThat(response.body(), containsString("\"field\":\"" + field + "\""));
        }
        for (String internal : List.of("java.", "Unrecognized", "Unexpected character", "LinkedHashMap", "Exception",
                "com.fasterxml", "line: ")) {
            assertThat(response.body(), not(containsString(internal)));
        }
    }

    @Test
    public void malformedJsonOnEveryMapBoundEndpointIsATranslated400() throws Exception {
        String[][] endpoints = {
            {"POST", "/requests", "bram"}, {"POST", "/requests/MA-1/comments", "bram"}, {"POST", "/requests/MA-1/transitions", "agent"},
            {"POST", "/priority/evaluate", "bram"}, {"PUT", "/priority/requests/MA-1", "agent"}, {"POST", "/sla/preview", "bram"},
            {"POST", "/escalations/requests/MA-1/escalate", "agent"}, {"POST", "/escalations/requests/MA-1/deescalate", "agent"},
            {"POST", "/keyusers/noordnet", "admin"}, {"PUT", "/keyusers/groups", "admin"}, {"PUT", "/templates/informatievraag", "admin"},
            {"PUT", "/sla/goals/mitz", "admin"}, {"PUT", "/schemes/mitz", "admin"}};
        for (String[] endpoint : endpoints) {
            HttpResponse<String> broken = dutch.call(endpoint[0], endpoint[1], endpoint[2], "{\"template\":");
            refused(broken, 400, "ma.error.json", null);
            assertThat(endpoint[1], broken.body(), containsString("Dit is geen geldige JSON"));
            assertThat(english.call(endpoint[0], endpoint[1], endpoint[2], "{\"template\":").body(),
                    containsString("This is not valid JSON"));
            if (!endpoint[1].startsWith("/sla/goals") && !endpoint[1].startsWith("/schemes")) {
                refused(dutch.call(endpoint[0], endpoint[1], endpoint[2], "[1,2]"), 400, "ma.error.json-object", "body");
            }
        }
    }

    @Test
    public void deepNestingLargeBodiesAndNulCharactersAreRefused() throws Exception {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        refused(dutch.call("PUT", "/sla/goals/mitz", "admin", deep), 400, "ma.error.json-depth", "body");
        refused(dutch.call("POST", "/priority/evaluate", "bram", "{\"a\":" + deep + "}"), 400, "ma.error.json-depth", "body");
        refused(dutch.call("POST", "/priority/evaluate", "bram", "{\"x\":\"" + "a".repeat(1_000_000) + "\"}"), 413,
                "ma.error.body-too-large", null);
        HttpResponse<String> nul = english.call("POST", "/requests", "bram", "{\"template\":\"informatievraag\","
                + "\"organisation\":\"noordnet\",\"answers\":{\"onderwerp\":\"a\\u0000b\",\"vraag\":\"x\"}}");
        refused(nul, 400, "ma.error.nul", "answers.onderwerp");
        assertThat(nul.body(), containsString("NUL character"));
        assertEquals("[]", dutch.call("GET", "/requests", "bram", null).body());
    }

    @Test
    public void wrongTypesAreRefusedNotCoerced() throws Exception {
        refused(dutch.call("POST", "/requests", "bram", "{\"template\":\"informatievraag\",\"organisation\":\"noordnet\","
                + "\"answers\":{\"onderwerp\":{\"x\":1}}}"), 400, "ma.error.not-text", "answers.onderwerp");
        refused(dutch.call("POST", "/requests", "bram", "{\"template\":42,\"organisation\":\"noordnet\"}"), 400,
                "ma.error.not-text", "template");
        refused(dutch.call("POST", "/priority/evaluate", "bram", "{\"scheme\":true}"), 400, "ma.error.not-text", "scheme");
        refused(dutch.call("POST", "/keyusers/noordnet", "admin", "{\"user\":[\"bram\"]}"), 400, "ma.error.not-text", "user");
        assertEquals("[]", dutch.call("GET", "/requests", "bram", null).body());

        // "description":42 blanked the description; now refused and the template is as it was.
        ObjectNode template = (ObjectNode) json.readTree(dutch.call("GET", "/templates/informatievraag/definition", "admin", null).body());
        String before = template.toString();
        ObjectNode numberDescription = template.deepCopy();
        numberDescription.put("description", 42);
        refused(dutch.call("PUT", "/templates/informatievraag", "admin", numberDescription.toString()), 400,
                "ma.form.error.invalid", "description");
        ObjectNode numberName = template.deepCopy();
        ((ObjectNode) numberName.get("name")).put("nl", 7);
        refused(dutch.call("PUT", "/templates/informatievraag", "admin", numberName.toString()), 400,
                "ma.form.error.invalid", "name.nl");
        assertEquals(before, dutch.call("GET", "/templates/informatievraag/definition", "admin", null).body());

        // Scheme keys 42 and true on import were taken as "42" and "true".
        ObjectNode scheme = (ObjectNode) json.readTree(dutch.call("GET", "/schemes/mitz/export", "admin", null).body());
        for (String key : List.of("42", "true")) {
            ObjectNode wrong = scheme.deepCopy();
            wrong.set("key", json.readTree(key));
            refused(dutch.call("POST", "/schemes/import", "admin", wrong.toString()), 400, "ma.form.error.invalid", "key");
        }
        assertThat(dutch.call("GET", "/schemes", "admin", null).body(), not(containsString("\"key\":\"42\"")));
    }

    @Test
    public void datesDurationsAndMonthsOutsideTheServiceDesksYearsAreRefused() throws Exception {
        refused(dutch.call("POST", "/sla/preview", "bram", "{\"scheme\":\"mitz\",\"priority\":\"1\","
                + "\"start\":\"+999999999-12-31T23:59:59Z\"}"), 400, "ma.error.moment-range", "start");
        refused(dutch.call("POST", "/sla/preview", "bram", "{\"scheme\":\"mitz\",\"priority\":\"1\","
                + "\"start\":\"-999999999-01-01T00:00:00Z\"}"), 400, "ma.error.moment-range", "start");
        refused(dutch.call("GET", "/reports/compliance?scheme=mitz&month=-2026-12", "agent", null), 400,
                "ma.reports.error.month", "month");
        refused(dutch.call("GET", "/reports/compliance?scheme=mitz&month=99999-12", "agent", null), 400,
                "ma.reports.error.month", "month");

        String goals = dutch.call("GET", "/sla/goals/mitz", "admin", null).body();
        refused(dutch.call("PUT", "/sla/goals/mitz", "admin", "{\"goals\":{}}"), 400, "ma.form.error.invalid", null);
        refused(dutch.call("PUT", "/sla/goals/mitz", "admin", "{\"key\":\"mitz\",\"levels\":[\"1\"],\"goals\":{}}"), 400,
                "ma.form.error.invalid", "goals");
        for (String target : List.of("\"P9999999999D\"", "\"PT0S\"", "\"-PT1H\"", "3600", "{\"workingDays\":99999}",
                "{\"workingDays\":\"2\"}")) {
            ObjectNode wrong = (ObjectNode) json.readTree(goals);
            ((ObjectNode) wrong.get("goals").get(0)).set("target", json.readTree(target));
            refused(dutch.call("PUT", "/sla/goals/mitz", "admin", wrong.toString()), 400, "ma.form.error.invalid",
                    "goals[0].target");
        }
        assertEquals(goals, dutch.call("GET", "/sla/goals/mitz", "admin", null).body());
    }

    /** Point 6: a save without keyUsersOnly stored false, and bram could then raise "Opdrachten annuleren". */
    @Test
    public void aTemplateSaveKeepsTheKeyUserRuleUnlessItSaysOtherwise() throws Exception {
        String key = "dsp-opdrachten-annuleren";
        ObjectNode definition = (ObjectNode) json.readTree(dutch.call("GET", "/templates/" + key + "/definition", "admin", null).body());
        assertEquals(true, definition.get("keyUsersOnly").asBoolean());
        ObjectNode without = definition.deepCopy();
        without.remove("keyUsersOnly");
        HttpResponse<String> saved = dutch.call("PUT", "/templates/" + key, "admin", without.toString());
        assertEquals(saved.body(), 200, saved.statusCode());
        assertThat(saved.body(), containsString("\"keyUsersOnly\":true"));
        String cancel = "{\"template\":\"" + key + "\",\"organisation\":\"noordnet\",\"answers\":{\"opdrachten\":\"OPD-1\","
                + "\"reden\":\"Dubbel\"}}";
        assertEquals(403, dutch.call("POST", "/requests", "bram", cancel).statusCode());

        for (String notBoolean : List.of("\"yes\"", "1", "\"true\"")) {
            ObjectNode wrong = definition.deepCopy();
            wrong.set("keyUsersOnly", json.readTree(notBoolean));
            refused(dutch.call("PUT", "/templates/" + key, "admin", wrong.toString()), 400, "ma.form.error.invalid", "keyUsersOnly");
        }
        assertThat(dutch.call("GET", "/templates/" + key + "/definition", "admin", null).body(), containsString("\"keyUsersOnly\":true"));

        // Switching it off on purpose works, and is audited as such.
        ObjectNode off = definition.deepCopy();
        off.put("keyUsersOnly", false);
        assertEquals(200, dutch.call("PUT", "/templates/" + key, "admin", off.toString()).statusCode());
        assertThat(dutch.call("GET", "/audit?subjectType=template&subjectKey=" + key, "admin", null).body(),
                containsString("\"action\":\"template.key-users-only-off\""));
        assertEquals(204, dutch.call("DELETE", "/templates/" + key, "admin", null).statusCode());
    }
}
