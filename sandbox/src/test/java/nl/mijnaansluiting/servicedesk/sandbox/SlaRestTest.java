package nl.mijnaansluiting.servicedesk.sandbox;

import org.junit.ClassRule;
import org.junit.Test;

import java.net.http.HttpResponse;

import static org.hamcrest.CoreMatchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;

/** POST /sla/preview over HTTP: the preset goals put on their calendars, bad input named. */
public class SlaRestTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    private final RestClient rest = new RestClient(SANDBOX, "en");

    private HttpResponse<String> preview(String json) throws Exception {
        return rest.call("POST", "/sla/preview", "anna", json);
    }

    @Test
    public void borgerDkPriorityOneFromFridayAfternoon() throws Exception {
        HttpResponse<String> answer = preview("{\"scheme\":\"borger-dk\",\"priority\":\"1\",\"start\":\"2026-11-20T16:00:00+01:00\"}");
        assertEquals(answer.body(), 200, answer.statusCode());
        assertThat(answer.body(), containsString("{\"metric\":\"reaction\",\"target\":\"PT15M\",\"calendar\":\"borger-dk-primaer\""));
        assertThat(answer.body(), containsString("\"dueAt\":\"2026-11-20T16:15+01:00\""));
        assertThat(answer.body(), containsString("{\"metric\":\"resolution\",\"target\":\"PT4H\""));
        assertThat(answer.body(), containsString("\"dueAt\":\"2026-11-23T12:00+01:00\""));
    }

    @Test
    public void mijnOverheidPriorityOneCountsClockHoursAcrossTheDaylightSavingNight() throws Exception {
        HttpResponse<String> answer = preview("{\"scheme\":\"mijnoverheid\",\"priority\":\"1\",\"start\":\"2026-03-28T23:00:00+01:00\"}");
        assertEquals(200, answer.statusCode());
        assertThat(answer.body(), containsString("\"dueAt\":\"2026-03-29T06:00+02:00\""));
    }

    @Test
    public void anIncidentOnProductieGetsRunningClocksThatStaffCanRead() throws Exception {
        HttpResponse<String> created = rest.call("POST", "/requests", "bram",
                "{\"template\":\"storing-capo\",\"organisation\":\"noordnet\",\"answers\":{\"onderwerp\":\"CAPO weg\","
                        + "\"omschrijving\":\"x\",\"omgeving\":\"productie\",\"situatie\":\"alle-deelnemers\"}}");
        assertEquals(created.body(), 201, created.statusCode());
        String key = created.body().replaceAll(".*\"key\":\"(MA-\\d+)\".*", "$1");
        HttpResponse<String> clocks = rest.call("GET", "/sla/requests/" + key, "agent", null);
        assertEquals(clocks.body(), 200, clocks.statusCode());
        assertThat(clocks.body(), containsString("{\"metric\":\"reaction\",\"state\":\"RUNNING\",\"target\":\"PT30M\",\"calendar\":\"helpdesk-mijn-aansluiting\""));
        assertThat(clocks.body(), containsString("{\"metric\":\"resolution\",\"state\":\"RUNNING\",\"target\":\"PT4H\""));
        assertEquals(403, rest.call("GET", "/sla/requests/" + key, "bram", null).statusCode());

        HttpResponse<String> acceptance = rest.call("POST", "/requests", "bram",
                "{\"template\":\"storing-capo\",\"organisation\":\"noordnet\",\"answers\":{\"onderwerp\":\"QAS\","
                        + "\"omschrijving\":\"x\",\"omgeving\":\"acceptatie\",\"situatie\":\"qas\"}}");
        String other = acceptance.body().replaceAll(".*\"key\":\"(MA-\\d+)\".*", "$1");
        assertEquals("[]", rest.call("GET", "/sla/requests/" + other, "agent", null).body());
    }

    @Test
    public void badInputIsNamed() throws Exception {
        HttpResponse<String> date = preview("{\"scheme\":\"borger-dk\",\"priority\":\"1\",\"start\":\"20-11-2026 16:00\"}");
        assertEquals(400, date.statusCode());
        assertThat(date.body(), containsString("\"field\":\"start\""));
        HttpResponse<String> priority = preview("{\"scheme\":\"borger-dk\",\"priority\":\"K\",\"start\":\"2026-11-20T16:00:00+01:00\"}");
        assertEquals(400, priority.statusCode());
        assertThat(priority.body(), containsString("K is not a priority of this scheme; choose from 1, 2, 3, 4."));
        assertEquals(404, preview("{\"scheme\":\"onbekend\",\"priority\":\"1\",\"start\":\"2026-11-20T16:00:00+01:00\"}").statusCode());
    }
}
