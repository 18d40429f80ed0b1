package nl.mijnaansluiting.servicedesk.sandbox;

import org.junit.ClassRule;
import org.junit.Test;

import java.net.http.HttpResponse;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;

/**
 * The REST queue (issue 14): pages of 50 with the total, each request with its goals' lozenges and its priority by
 * name but without its answers; wrong parameters refused in the caller's language, naming the parameter; staff only.
 */
public class QueueRestTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    private final RestClient dutch = new RestClient(SANDBOX, "nl");
    private final RestClient english = new RestClient(SANDBOX, "en");

    @Test
    public void pagesOfFiftyWithLozengesAndNamesAndNoAnswers() throws Exception {
        for (int i = 0; i < 51; i++) {
            HttpResponse<String> created = dutch.call("POST", "/requests", "bram",
                    "{\"template\":\"storing-capo\",\"organisation\":\"noordnet\",\"answers\":{\"onderwerp\":\"CAPO " + i
                            + "\",\"omschrijving\":\"geheim antwoord\",\"omgeving\":\"productie\",\"situatie\":\"alle-deelnemers\"}}");
            assertEquals(created.body(), 201, created.statusCode());
        }
        String first = dutch.call("GET", "/requests/queue", "agent", null).body();
        assertThat(first, containsString("\"total\":51,\"page\":1,\"pages\":2,\"pageSize\":50"));
        assertEquals(50, first.split("\"key\":").length - 1);
        assertThat(first, containsString("\"priorityName\":\"Kritiek (K)\""));
        assertThat(first, containsString("\"goal\":\"reaction\",\"state\":\"running\",\"colour\":\"green\""));
        assertThat(first, containsString("\"text\":\"nog "));
        assertThat(first, not(containsString("geheim antwoord")));
        String second = english.call("GET", "/requests/queue?page=2&sort=key&dir=desc", "agent", null).body();
        assertThat(second, containsString("\"total\":51,\"page\":2"));
        assertEquals(1, second.split("\"key\":").length - 1);
        assertThat(second, containsString("\"key\":\"MA-1\""));
        assertThat(second, containsString("\"priorityName\":\"Critical (K)\""));
        assertThat(second, containsString(" left\""));
        String breached = dutch.call("GET", "/requests/queue?view=breached", "agent", null).body();
        assertThat(breached, containsString("\"total\":0"));
    }

    @Test
    public void wrongParametersAreRefusedNamingThem() throws Exception {
        HttpResponse<String> page = dutch.call("GET", "/requests/queue?page=0", "agent", null);
        assertEquals(400, page.statusCode());
        assertThat(page.body(), containsString("\"field\":\"page\""));
        assertThat(page.body(), containsString("Pagina \u201c0\u201d bestaat niet: kies een paginanummer vanaf 1."));
        HttpResponse<String> sort = english.call("GET", "/requests/queue?sort=answers", "agent", null);
        assertEquals(400, sort.statusCode());
        assertThat(sort.body(), containsString("The queue cannot be sorted by \u201canswers\u201d."));
        assertThat(english.call("GET", "/requests/queue?view=everything", "agent", null).body(),
                containsString("Unknown view \u201ceverything\u201d."));
        assertThat(english.call("GET", "/requests/queue?dir=up", "agent", null).body(), containsString("\"field\":\"dir\""));
        assertEquals(200, english.call("GET", "/requests/queue?sort=goal:resolution", "agent", null).statusCode());
        assertEquals(400, english.call("GET", "/requests/queue?sort=goal:nothing", "agent", null).statusCode());
    }

    @Test
    public void onlyStaffSeeTheQueue() throws Exception {
        assertEquals(403, dutch.call("GET", "/requests/queue", "bram", null).statusCode());
        assertEquals(401, dutch.call("GET", "/requests/queue", null, null).statusCode());
    }
}
