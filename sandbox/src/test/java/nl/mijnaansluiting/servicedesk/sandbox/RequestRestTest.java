package nl.mijnaansluiting.servicedesk.sandbox;

import org.junit.ClassRule;
import org.junit.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;

/** Raising requests from templates over REST, with the key-user rule enforced on the server. */
public class RequestRestTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    private static final String CANCEL = "{\"template\":\"dsp-opdrachten-annuleren\",\"organisation\":\"%s\","
            + "\"answers\":{\"opdrachten\":\"OPD-1001\\nOPD-1002\",\"reden\":\"Dubbel ingelegd\"}}";

    private final RestClient rest = new RestClient(SANDBOX, null);

    private HttpResponse<String> call(String method, String path, String user, String json) throws Exception {
        return rest.call(method, path, user, json);
    }

    private int queueSize() throws Exception {
        String queue = call("GET", "/requests/queue", "agent", null).body();
        return queue.equals("[]") ? 0 : queue.split("\"key\":").length - 1;
    }

    @Test
    public void aKeyUserCancelsOrdersAndSeesTheRequestInMijnVerzoeken() throws Exception {
        HttpResponse<String> created = call("POST", "/requests", "anna", String.format(CANCEL, "noordnet"));
        assertEquals(created.body(), 201, created.statusCode());
        assertThat(created.body(), containsString("\"key\":\"MA-"));
        assertThat(created.body(), containsString("\"reporter\":\"anna\""));
        assertThat(created.body(), containsString("\"opdrachten\":\"OPD-1001\\nOPD-1002\""));
        assertThat(call("GET", "/requests", "anna", null).body(), containsString("\"template\":\"dsp-opdrachten-annuleren\""));
    }

    @Test
    public void aPlainDeelnemerDoesNotSeeTheTemplateAndIsRefusedWithoutAnythingStored() throws Exception {
        assertThat(call("GET", "/templates", "bram", null).body(), not(containsString("dsp-opdrachten-annuleren")));
        assertThat(call("GET", "/templates", "anna", null).body(), containsString("dsp-opdrachten-annuleren"));
        assertEquals(404, call("GET", "/templates/dsp-opdrachten-annuleren", "bram", null).statusCode());

        int before = queueSize();
        HttpResponse<String> refused = call("POST", "/requests", "bram", String.format(CANCEL, "noordnet"));
        assertEquals(403, refused.statusCode());
        assertThat(refused.body(), containsString("Alleen key-users van Noordnet Netbeheer mogen dit verzoek indienen."));
        assertEquals(before, queueSize());
        assertEquals("[]", call("GET", "/requests", "bram", null).body());
    }

    @Test
    public void aKeyUserOfAnotherDeelnemerCannotCancelOnItsBehalf() throws Exception {
        int before = queueSize();
        HttpResponse<String> refused = call("POST", "/requests", "carla", String.format(CANCEL, "noordnet"));
        assertEquals(403, refused.statusCode());
        assertThat(refused.body(), containsString("carla hoort niet bij Noordnet Netbeheer"));
        assertEquals(before, queueSize());
    }

    @Test
    public void anAgentRaisesOnACustomersBehalfUnderTheSameRule() throws Exception {
        HttpResponse<String> forBram = call("POST", "/requests", "agent",
                String.format(CANCEL, "noordnet").replace("{\"template\"", "{\"onBehalfOf\":\"bram\",\"template\""));
        assertEquals(403, forBram.statusCode());
        HttpResponse<String> forAnna = call("POST", "/requests", "agent",
                String.format(CANCEL, "noordnet").replace("{\"template\"", "{\"onBehalfOf\":\"anna\",\"template\""));
        assertEquals(201, forAnna.statusCode());
        assertThat(forAnna.body(), containsString("\"reporter\":\"anna\",\"createdBy\":\"agent\""));
        assertEquals(403, call("POST", "/requests", "bram",
                "{\"onBehalfOf\":\"anna\",\"template\":\"informatievraag\",\"organisation\":\"noordnet\",\"answers\":{}}").statusCode());
    }

    @Test
    public void missingFieldsComeBackPerFieldAndNothingIsStored() throws Exception {
        int before = queueSize();
        HttpResponse<String> refused = call("POST", "/requests", "bram",
                "{\"template\":\"wijzigingsverzoek\",\"organisation\":\"noordnet\",\"answers\":{\"onderwerp\":\"Nieuw veld\",\"gewenste-invoerdatum\":\"2020-01-01\"}}");
        assertEquals(400, refused.statusCode());
        assertThat(refused.body(), containsString("{\"field\":\"indiener\",\"error\":\"ma.form.error.required\""));
        assertThat(refused.body(), containsString("{\"field\":\"gewenste-invoerdatum\",\"error\":\"ma.form.error.date-in-past\",\"message\":\"De datum 2020-01-01 ligt in het verleden.\"}"));
        assertThat(refused.body(), not(containsString("\"field\":\"onderwerp\"")));
        assertEquals(before, queueSize());
    }

    @Test
    public void htmlIsStoredAsTypedAndCommentsFollow() throws Exception {
        String typed = "<script>alert(1)</script> & co";
        HttpResponse<String> created = call("POST", "/requests", "daan",
                "{\"template\":\"informatievraag\",\"organisation\":\"rivierstroom\",\"answers\":{\"onderwerp\":\"" + typed
                        + "\",\"vraag\":\"Wanneer?\"}}");
        assertEquals(201, created.statusCode());
        String key = created.body().replaceAll(".*\"key\":\"(MA-\\d+)\".*", "$1");
        assertThat(call("GET", "/requests/" + key, "daan", null).body(), containsString("\"summary\":\"" + typed + "\""));

        assertEquals(201, call("POST", "/requests/" + key + "/comments", "daan", "{\"body\":\"Nog iets: <i>dit</i>\"}").statusCode());
        assertEquals(201, call("POST", "/requests/" + key + "/comments", "agent", "{\"body\":\"We kijken ernaar.\"}").statusCode());
        String comments = call("GET", "/requests/" + key + "/comments", "daan", null).body();
        assertThat(comments, containsString("\"author\":\"daan\",\"body\":\"Nog iets: <i>dit</i>\""));
        assertThat(comments, containsString("\"author\":\"agent\""));

        assertEquals(404, call("GET", "/requests/" + key, "bram", null).statusCode());
        assertEquals(404, call("POST", "/requests/" + key + "/comments", "bram", "{\"body\":\"x\"}").statusCode());
        assertEquals(400, call("POST", "/requests/" + key + "/comments", "daan", "{\"body\":\"  \"}").statusCode());
        assertEquals(403, call("GET", "/requests/queue", "daan", null).statusCode());
    }

    @Test
    public void anIncidentGetsItsPriorityFromTheAnswersWithTheExplanation() throws Exception {
        HttpResponse<String> form = call("GET", "/templates/storing-rapportages", "bram", null);
        assertThat(form.body(), containsString("{\"key\":\"situatie\",\"type\":\"CHOICE\",\"required\":true"));
        HttpResponse<String> created = call("POST", "/requests", "bram",
                "{\"template\":\"storing-rapportages\",\"organisation\":\"noordnet\",\"answers\":{\"onderwerp\":\"PowerBI leeg\","
                        + "\"omschrijving\":\"Geen rapporten sinds vannacht\",\"omgeving\":\"productie\",\"situatie\":\"kritiek\"}}");
        assertEquals(created.body(), 201, created.statusCode());
        assertThat(created.body(), containsString("\"priority\":\"H\",\"slaApplies\":true"));
        assertThat(created.body(), containsString("kritieke aanvragen worden als hoog beoordeeld"));

        HttpResponse<String> acceptance = call("POST", "/requests", "bram",
                "{\"template\":\"storing-dsp\",\"organisation\":\"noordnet\",\"answers\":{\"onderwerp\":\"QAS\","
                        + "\"omschrijving\":\"x\",\"omgeving\":\"acceptatie\",\"situatie\":\"alle-deelnemers\"}}");
        assertThat(acceptance.body(), containsString("\"priority\":\"K\",\"slaApplies\":false"));

        HttpResponse<String> missing = call("POST", "/requests", "bram",
                "{\"template\":\"storing-lip\",\"organisation\":\"noordnet\",\"answers\":{\"onderwerp\":\"x\",\"omschrijving\":\"y\"}}");
        assertEquals(400, missing.statusCode());
        assertThat(missing.body(), containsString("\"field\":\"omgeving\""));
        assertThat(missing.body(), containsString("\"field\":\"situatie\""));
    }

    @Test
    public void unknownTemplatesAndDeelnemersAreNamed() throws Exception {
        HttpResponse<String> template = call("POST", "/requests", "anna", "{\"template\":\"bestaat-niet\",\"organisation\":\"noordnet\"}");
        assertEquals(404, template.statusCode());
        assertThat(template.body(), containsString("Er is geen verzoektype bestaat-niet."));
        assertEquals(404, call("POST", "/requests", "anna", "{\"template\":\"informatievraag\",\"organisation\":\"nergens\"}").statusCode());
        assertEquals(400, call("POST", "/requests", "anna", "{\"template\":\"informatievraag\"}").statusCode());
        assertEquals(400, call("POST", "/requests", "anna", "{\"template\":\"informatievraag\",\"organisation\":\"noordnet\",\"answers\":[1]}").statusCode());
    }

    @Test
    public void templatesCarryTheirFieldsInTheCallersLanguage() throws Exception {
        String change = call("GET", "/templates/wijzigingsverzoek", "bram", null).body();
        assertThat(change, containsString("\"name\":\"Wijzigingsverzoek\""));
        assertThat(change, containsString("{\"key\":\"gewenste-invoerdatum\",\"type\":\"DATE\",\"required\":true,\"label\":\"Gewenste invoerdatum\""));
        assertThat(change, containsString("\"notInPast\":true"));
        assertEquals(401, HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(SANDBOX.url("/rest/ma-servicedesk/1.0/templates"))).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    /**
     * Issue 15 (portal2): bram (deelnemer of Noordnet) never reads another organisation's request, shared or not, nor
     * an internal note on his own; sharing opens a request to its own organisation's members only.
     */
    @Test
    public void bramSeesNeitherAnotherOrganisationsRequestNorAnInternalNote() throws Exception {
        HttpResponse<String> theirs = call("POST", "/requests", "daan", "{\"template\":\"informatievraag\",\"organisation\":"
                + "\"rivierstroom\",\"answers\":{\"onderwerp\":\"Vraag van Rivierstroom\",\"vraag\":\"Hoe werkt DSP?\"}}");
        assertEquals(theirs.body(), 201, theirs.statusCode());
        String theirKey = theirs.body().replaceAll(".*\"key\":\"(MA-\\d+)\".*", "$1");
        assertEquals(200, call("PUT", "/requests/" + theirKey + "/sharing", "daan", "{\"shared\":true}").statusCode());
        // Carla, daan's colleague, reads it now; bram of Noordnet does not, by any way.
        assertEquals(200, call("GET", "/requests/" + theirKey, "carla", null).statusCode());
        assertEquals(404, call("GET", "/requests/" + theirKey, "bram", null).statusCode());
        assertEquals(404, call("GET", "/requests/" + theirKey + "/comments", "bram", null).statusCode());
        assertEquals(404, call("POST", "/requests/" + theirKey + "/comments", "bram", "{\"body\":\"hallo\"}").statusCode());
        assertEquals(404, call("PUT", "/requests/" + theirKey + "/sharing", "bram", "{\"shared\":false}").statusCode());
        assertThat(call("GET", "/requests/shared", "bram", null).body(), not(containsString("\"" + theirKey + "\"")));
        assertThat(call("GET", "/requests", "bram", null).body(), not(containsString("\"" + theirKey + "\"")));

        HttpResponse<String> mine = call("POST", "/requests", "bram", "{\"template\":\"informatievraag\",\"organisation\":"
                + "\"noordnet\",\"answers\":{\"onderwerp\":\"Vraag van Bram\",\"vraag\":\"Wanneer?\"}}");
        String key = mine.body().replaceAll(".*\"key\":\"(MA-\\d+)\".*", "$1");
        assertEquals(201, call("POST", "/requests/" + key + "/comments", "agent",
                "{\"body\":\"NOTITIE: niet aan de klant vertellen\",\"internal\":true}").statusCode());
        String comments = call("GET", "/requests/" + key + "/comments", "bram", null).body();
        assertEquals("[]", comments);
        assertThat(call("GET", "/requests/" + key + "/comments", "agent", null).body(), containsString("\"internal\":true"));
        // A wrong flag is refused with a clear text, and nothing is written.
        HttpResponse<String> wrong = call("POST", "/requests/" + key + "/comments", "agent", "{\"body\":\"x\",\"internal\":\"ja\"}");
        assertEquals(400, wrong.statusCode());
        assertThat(wrong.body(), containsString("Het veld internal moet true of false zijn."));
        assertEquals(1, call("GET", "/requests/" + key + "/comments", "agent", null).body().split("\"body\"").length - 1);
    }
}
