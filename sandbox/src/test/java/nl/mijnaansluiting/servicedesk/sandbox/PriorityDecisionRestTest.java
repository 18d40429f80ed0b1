package nl.mijnaansluiting.servicedesk.sandbox;

import org.junit.ClassRule;
import org.junit.Test;

import java.net.http.HttpResponse;

import static org.hamcrest.CoreMatchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;

/** An agent sets a request's priority by hand; the derived level stays visible and the difference is named. */
public class PriorityDecisionRestTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    private final RestClient rest = new RestClient(SANDBOX, "en");

    private String capoIncident(String situation) throws Exception {
        HttpResponse<String> created = rest.call("POST", "/requests", "bram",
                "{\"template\":\"storing-capo\",\"organisation\":\"noordnet\",\"answers\":{\"onderwerp\":\"CAPO\","
                        + "\"omschrijving\":\"x\",\"omgeving\":\"productie\",\"situatie\":\"" + situation + "\"}}");
        assertEquals(created.body(), 201, created.statusCode());
        return created.body().replaceAll(".*\"key\":\"(MA-\\d+)\".*", "$1");
    }

    @Test
    public void theDerivedPriorityIsRecordedWithItsExplanation() throws Exception {
        String key = capoIncident("alle-deelnemers");
        String decision = rest.call("GET", "/priority/requests/" + key, "agent", null).body();
        assertThat(decision, containsString("\"priority\":\"K\",\"derivedPriority\":\"K\",\"mismatch\":false"));
        assertThat(decision, containsString("\"scheme\":\"mijn-aansluiting\",\"schemeVersion\":0,\"product\":\"CAPO\""));
        assertThat(decision, containsString("\"explanation\":\"Critical (K): CAPO cannot be reached by any participant.\""));
    }

    @Test
    public void aHandSetPriorityWinsAndTheMismatchIsNamedUntilTheAnswersDecideAgain() throws Exception {
        String key = capoIncident("qas");
        HttpResponse<String> set = rest.call("PUT", "/priority/requests/" + key, "agent",
                "{\"priority\":\"H\",\"reason\":\"Hele acceptatieketen ligt stil\"}");
        assertEquals(set.body(), 200, set.statusCode());
        assertThat(set.body(), containsString("\"priority\":\"H\",\"derivedPriority\":\"M\",\"mismatch\":true"));
        assertThat(set.body(), containsString("\"setByHand\":{\"priority\":\"H\",\"by\":\"agent\""));
        assertThat(set.body(), containsString("\"reason\":\"Hele acceptatieketen ligt stil\""));
        String audit = rest.call("GET", "/audit?subjectType=request&subjectKey=" + key, "admin", null).body();
        assertThat(audit, containsString("\"action\":\"priority.set-by-hand\""));

        HttpResponse<String> back = rest.call("DELETE", "/priority/requests/" + key, "manager", null);
        assertEquals(back.body(), 200, back.statusCode());
        assertThat(back.body(), containsString("\"priority\":\"M\",\"derivedPriority\":\"M\",\"mismatch\":false"));
        assertEquals(404, rest.call("DELETE", "/priority/requests/" + key, "manager", null).statusCode());
    }

    @Test
    public void aWrongLevelOrNoReasonIsRefusedAndChangesNothing() throws Exception {
        String key = capoIncident("niet-getoond");
        HttpResponse<String> unknown = rest.call("PUT", "/priority/requests/" + key, "agent", "{\"priority\":\"X\",\"reason\":\"r\"}");
        assertEquals(400, unknown.statusCode());
        assertThat(unknown.body(), containsString("\"field\":\"priority\""));
        HttpResponse<String> noReason = new RestClient(SANDBOX, "nl").call("PUT", "/priority/requests/" + key, "agent",
                "{\"priority\":\"K\",\"reason\":\"  \"}");
        assertEquals(400, noReason.statusCode());
        assertThat(noReason.body(), containsString("Geef aan waarom u de prioriteit met de hand zet."));
        assertThat(rest.call("GET", "/priority/requests/" + key, "agent", null).body(), containsString("\"priority\":\"H\",\"derivedPriority\":\"H\",\"mismatch\":false"));
        assertEquals(404, rest.call("GET", "/priority/requests/MA-99999", "agent", null).statusCode());
    }

    @Test
    public void onlyStaffSeeOrSetTheDecision() throws Exception {
        String key = capoIncident("enkele-deelnemer");
        assertEquals(403, rest.call("GET", "/priority/requests/" + key, "bram", null).statusCode());
        assertEquals(403, rest.call("PUT", "/priority/requests/" + key, "anna", "{\"priority\":\"K\",\"reason\":\"r\"}").statusCode());
        assertEquals(403, rest.call("DELETE", "/priority/requests/" + key, "bram", null).statusCode());
        assertThat(rest.call("GET", "/priority/requests/" + key, "agent", null).body(), containsString("\"mismatch\":false"));
    }
}
