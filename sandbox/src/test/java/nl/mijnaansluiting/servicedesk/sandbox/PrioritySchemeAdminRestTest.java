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
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;

/** Admins change priority schemes over HTTP: versions, validation, import and export, and who may. */
public class PrioritySchemeAdminRestTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LIP_INDIVIDUAL = "{\"scheme\":\"mijn-aansluiting\",\"product\":\"LIP\","
            + "\"answers\":{\"omgeving\":\"productie\",\"situatie\":\"individuele-aanvraag\"}}";

    private final RestClient english = new RestClient(SANDBOX, "en");
    private final RestClient dutch = new RestClient(SANDBOX, "nl");

    private ObjectNode export(String key) throws Exception {
        HttpResponse<String> exported = english.call("GET", "/schemes/" + key + "/export", "agent", null);
        assertEquals(exported.body(), 200, exported.statusCode());
        assertThat(exported.headers().firstValue("Content-Disposition").orElse(""),
                containsString("priority-scheme-" + key + ".json"));
        return (ObjectNode) JSON.readTree(exported.body());
    }

    private int version(String key) throws Exception {
        return JSON.readTree(english.call("GET", "/schemes/" + key, "bram", null).body()).get("version").asInt();
    }

    @Test
    public void anAdminsNewVersionDecidesFromThenOnAndTheOldOneStaysReadable() throws Exception {
        assertThat(english.call("POST", "/priority/evaluate", "bram", LIP_INDIVIDUAL).body(), containsString("\"priority\":\"L\""));
        int before = version("mijn-aansluiting");
        ObjectNode definition = export("mijn-aansluiting");
        ((ArrayNode) definition.at("/products/0/rules/2/when/options")).add("individuele-aanvraag");

        HttpResponse<String> saved = english.call("PUT", "/schemes/mijn-aansluiting?basedOn=" + before
                + "&comment=Individuele%20aanvragen%20worden%20Middel", "admin", definition.toString());
        assertEquals(saved.body(), 200, saved.statusCode());
        assertThat(saved.body(), containsString("\"version\":" + (before + 1)));
        assertThat(saved.body(), containsString("\"warnings\":["));
        HttpResponse<String> evaluated = english.call("POST", "/priority/evaluate", "bram", LIP_INDIVIDUAL);
        assertThat(evaluated.body(), containsString("\"priority\":\"M\""));
        assertThat(evaluated.body(), containsString("Issue with individual applications"));

        String versions = english.call("GET", "/schemes/mijn-aansluiting/versions", "agent", null).body();
        assertThat(versions, containsString("\"version\":" + (before + 1) + ",\"savedBy\":\"admin\""));
        assertThat(versions, containsString("\"comment\":\"Individuele aanvragen worden Middel\""));
        String old = english.call("GET", "/schemes/mijn-aansluiting/export?version=" + before, "agent", null).body();
        assertEquals(1, JSON.readTree(old).at("/products/0/rules/2/when/options").size());

        // Someone who edited the old version cannot overwrite the new one unknowingly.
        HttpResponse<String> stale = dutch.call("PUT", "/schemes/mijn-aansluiting?basedOn=" + before, "admin", definition.toString());
        assertEquals(409, stale.statusCode());
        assertThat(stale.body(), containsString("maar inmiddels is versie " + (before + 1) + " opgeslagen"));

        // Reinstalling the preset is one more version; the change stays in the history.
        HttpResponse<String> preset = english.call("POST", "/schemes/mijn-aansluiting/preset", "admin", "{}");
        assertEquals(preset.body(), 200, preset.statusCode());
        assertThat(english.call("POST", "/priority/evaluate", "bram", LIP_INDIVIDUAL).body(), containsString("\"priority\":\"L\""));
        assertEquals(before + 2, version("mijn-aansluiting"));
        String audit = english.call("GET", "/audit?subjectType=priority-scheme&subjectKey=mijn-aansluiting", "admin", null).body();
        assertThat(audit, containsString("\"action\":\"priority-scheme.changed\""));
        assertThat(audit, containsString("\"action\":\"priority-scheme.preset-installed\""));
    }

    @Test
    public void anInvalidSchemeIsRefusedWithEveryPlaceNamedAndNothingChanges() throws Exception {
        int before = version("borger-dk");
        ObjectNode definition = export("borger-dk");
        ((ObjectNode) definition.at("/products/0/rules/0")).put("level", "9");
        ((ObjectNode) definition.at("/products/0/questions/0")).put("type", "SLIDER");
        HttpResponse<String> refused = dutch.call("PUT", "/schemes/borger-dk", "admin", definition.toString());
        assertEquals(400, refused.statusCode());
        assertThat(refused.body(), containsString("\"field\":\"products[0].rules[0].level\""));
        assertThat(refused.body(), containsString("9 is geen prioriteitsniveau van dit schema."));
        assertThat(refused.body(), containsString("\"field\":\"products[0].questions[0].type\""));
        assertEquals(before, version("borger-dk"));

        HttpResponse<String> notJson = english.call("PUT", "/schemes/borger-dk", "admin", "{\"key\":");
        assertEquals(400, notJson.statusCode());
        // The body is JSON itself: one translated answer for malformed JSON on every endpoint (issue 17); a definition
        // pasted into a page's text area is said in words by NotJson (issue 15).
        assertThat(notJson.body(), containsString("This is not valid JSON (line 1, column 8); nothing was saved."));
        HttpResponse<String> otherKey = english.call("PUT", "/schemes/mitz", "admin", export("borger-dk").toString());
        assertEquals(400, otherKey.statusCode());
        assertThat(otherKey.body(), containsString("must equal the key mitz in the address"));
        assertEquals(before, version("borger-dk"));
    }

    @Test
    public void validatingReportsErrorsAndWarningsWithoutSaving() throws Exception {
        int before = version("mitz");
        ObjectNode definition = export("mitz");
        ArrayNode rules = (ArrayNode) definition.at("/products/0/rules");
        rules.addObject().put("id", "nooit").put("level", "3").set("when", JSON.readTree(
                "{\"range\":\"connectors\",\"min\":10,\"max\":5,\"criterion\":{\"nl\":\"tussen 10 en 5\"}}"));
        JsonNode valid = JSON.readTree(english.call("POST", "/schemes/mitz/validate", "admin", definition.toString()).body());
        assertEquals(true, valid.get("valid").asBoolean());
        assertThat(valid.get("warnings").toString(), containsString("Rule nooit can never apply: its criteria exclude each other."));
        assertThat(valid.get("warnings").toString(), containsString("\"field\":\"products[0].rules[2]\""));

        ((ObjectNode) rules.get(2)).put("level", "X");
        JsonNode invalid = JSON.readTree(dutch.call("POST", "/schemes/mitz/validate", "admin", definition.toString()).body());
        assertEquals(false, invalid.get("valid").asBoolean());
        assertThat(invalid.get("errors").toString(), containsString("X is geen prioriteitsniveau van dit schema."));
        assertEquals(before, version("mitz"));
    }

    @Test
    public void anExportedSchemeImportsAsANewScheme() throws Exception {
        ObjectNode definition = export("mijnoverheid");
        definition.put("key", "mijnoverheid-test");
        ((ObjectNode) definition.get("name")).put("nl", "MijnOverheid <test>");
        HttpResponse<String> imported = english.call("POST", "/schemes/import?comment=Kopie", "admin", definition.toString());
        assertEquals(imported.body(), 201, imported.statusCode());
        assertThat(imported.body(), containsString("\"key\":\"mijnoverheid-test\",\"version\":1"));
        assertThat(english.call("GET", "/schemes", "bram", null).body(), containsString("\"key\":\"mijnoverheid-test\""));
        assertThat(english.call("POST", "/priority/evaluate", "bram", "{\"scheme\":\"mijnoverheid-test\",\"product\":\"MijnOverheid\","
                + "\"answers\":{\"impact\":\"hoog\",\"urgentie\":\"midden\"}}").body(), containsString("\"priority\":\"2\""));
        assertEquals(200, english.call("POST", "/schemes/import", "admin", definition.toString()).statusCode());
        assertEquals(2, version("mijnoverheid-test"));
        assertEquals(404, english.call("POST", "/schemes/mijnoverheid-test/preset", "admin", "{}").statusCode());
    }

    @Test
    public void onlyAdminsChangeSchemesAndOnlyStaffReadTheirHistory() throws Exception {
        String definition = export("mitz").toString();
        int before = version("mitz");
        assertEquals(403, english.call("PUT", "/schemes/mitz", "agent", definition).statusCode());
        assertEquals(403, english.call("PUT", "/schemes/mitz", "manager", definition).statusCode());
        assertEquals(403, english.call("PUT", "/schemes/mitz", "anna", definition).statusCode());
        assertEquals(403, english.call("POST", "/schemes/import", "agent", definition).statusCode());
        assertEquals(403, english.call("POST", "/schemes/mitz/validate", "agent", definition).statusCode());
        assertEquals(403, english.call("POST", "/schemes/mitz/preset", "manager", "{}").statusCode());
        assertEquals(403, english.call("GET", "/schemes/mitz/export", "bram", null).statusCode());
        assertEquals(403, english.call("GET", "/schemes/mitz/versions", "anna", null).statusCode());
        assertEquals(before, version("mitz"));
        assertThat(english.call("GET", "/schemes/mitz/versions", "agent", null).body(), not(containsString("agent")));
        assertEquals(404, english.call("GET", "/schemes/mitz/export?version=99", "agent", null).statusCode());
    }
}
