package nl.mijnaansluiting.servicedesk.sandbox;

import org.junit.ClassRule;
import org.junit.Test;

import java.net.http.HttpResponse;

import static org.hamcrest.CoreMatchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;

/**
 * The follow-up of incidents over HTTP (issue 16, point 3): the list of open RCAs and post reviews for staff, an
 * RCA "op verzoek van VZVZ" only where the request's scheme has one at its priority, refusals translated.
 */
public class FollowUpRestTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    private final RestClient english = new RestClient(SANDBOX, "en");
    private final RestClient dutch = new RestClient(SANDBOX, "nl");

    @Test
    public void staffReadTheOpenFollowUpsDeelnemersDoNot() throws Exception {
        HttpResponse<String> open = english.call("GET", "/reports/follow-up", "manager", null);
        assertEquals(open.body(), 200, open.statusCode());
        assertThat(open.body(), containsString("["));
        assertEquals(403, english.call("GET", "/reports/follow-up", "bram", null).statusCode());
    }

    @Test
    public void anRcaIsStartedOnlyWhereOneIsAgreed() throws Exception {
        HttpResponse<String> created = english.call("POST", "/requests", "bram",
                "{\"template\":\"storing-capo\",\"organisation\":\"noordnet\",\"answers\":{\"onderwerp\":\"CAPO\","
                        + "\"omschrijving\":\"x\",\"omgeving\":\"productie\",\"situatie\":\"alle-deelnemers\"}}");
        assertEquals(created.body(), 201, created.statusCode());
        String key = created.body().replaceAll(".*\"key\":\"(MA-\\d+)\".*", "$1");
        // A deelnemer may not; Mijn Aansluiting's scheme has no RCA at K; an unknown request has no clocks.
        assertEquals(403, english.call("POST", "/sla/requests/" + key + "/rca", "bram", "{}").statusCode());
        // A plain form could send a POST without a JSON body: refused as XSRF, as every mutating call.
        HttpResponse<String> forged = dutch.call("POST", "/sla/requests/" + key + "/rca", "agent", null);
        assertEquals(403, forged.statusCode());
        assertThat(forged.body(), containsString("ma.error.xsrf"));
        HttpResponse<String> notAgreed = dutch.call("POST", "/sla/requests/" + key + "/rca", "agent", "{}");
        assertEquals(notAgreed.body(), 400, notAgreed.statusCode());
        assertThat(notAgreed.body(), containsString("Schema mijn-aansluiting kent geen RCA bij prioriteit K."));
        HttpResponse<String> inEnglish = english.call("POST", "/sla/requests/" + key + "/rca", "agent", "{}");
        assertThat(inEnglish.body(), containsString("Scheme mijn-aansluiting has no RCA at priority K."));
        assertEquals(404, english.call("POST", "/sla/requests/MA-99999/rca", "agent", "{}").statusCode());
        HttpResponse<String> notAFollowUp = english.call("POST", "/sla/requests/" + key + "/reaction/delivered", "agent", "{}");
        assertEquals(400, notAFollowUp.statusCode());
        assertThat(notAFollowUp.body(), containsString("reaction is not a follow-up of an incident"));
        assertThat(english.call("GET", "/sla/requests/" + key, "agent", null).body(), containsString("\"metric\":\"reaction\""));
    }
}
