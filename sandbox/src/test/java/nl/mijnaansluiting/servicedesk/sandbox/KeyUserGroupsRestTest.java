package nl.mijnaansluiting.servicedesk.sandbox;

import org.junit.ClassRule;
import org.junit.Test;

import java.net.http.HttpResponse;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;

/**
 * Key-users kept in step with a Jira group per deelnemer: with the convention set, the group's members
 * (who belong to the deelnemer) are the key-users at that moment, on the server; appointing here is
 * refused; a convention whose group is missing is refused and changes nothing; clearing it restores
 * the appointments kept here.
 */
public class KeyUserGroupsRestTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    private static final String CANCEL = "{\"template\":\"dsp-opdrachten-annuleren\",\"organisation\":\"rivierstroom\","
            + "\"answers\":{\"opdrachten\":\"OPD-1\",\"reden\":\"dubbel\"}}";

    private final RestClient rest = new RestClient(SANDBOX, "en");

    @Test
    public void aJiraGroupPerDeelnemerDecidesWhoTheKeyUsersAre() throws Exception {
        // Kept here: carla is key-user of Rivierstroom, daan is not.
        assertThat(rest.call("GET", "/keyusers/rivierstroom", "admin", null).body(), not(containsString("\"daan\"")));
        assertEquals(403, rest.call("POST", "/requests", "daan", CANCEL).statusCode());

        HttpResponse<String> missing = rest.call("PUT", "/keyusers/groups", "admin", "{\"pattern\":\"ma-ku-{organisation}\"}");
        assertEquals(400, missing.statusCode());
        assertThat(missing.body(), containsString("\"field\":\"pattern\""));
        assertThat(missing.body(), containsString("There is no Jira group ma-ku-noordnet for Noordnet Netbeheer"));
        assertEquals(400, rest.call("PUT", "/keyusers/groups", "admin", "{\"pattern\":\"ma-keyusers\"}").statusCode());
        assertEquals(403, rest.call("PUT", "/keyusers/groups", "agent", "{\"pattern\":\"ma-keyusers-{organisation}\"}").statusCode());
        assertThat(rest.call("GET", "/keyusers/groups", "admin", null).body(), containsString("\"pattern\":null"));

        HttpResponse<String> set = rest.call("PUT", "/keyusers/groups", "admin", "{\"pattern\":\"ma-keyusers-{organisation}\"}");
        assertEquals(set.body(), 200, set.statusCode());
        String rivierstroom = rest.call("GET", "/keyusers/rivierstroom", "admin", null).body();
        assertThat(rivierstroom, containsString("\"group\":\"ma-keyusers-rivierstroom\""));
        assertThat(rivierstroom, containsString("\"daan\""));
        // The server follows the group: daan may now cancel orders for Rivierstroom, and sees the template.
        assertThat(rest.call("GET", "/templates", "daan", null).body(), containsString("dsp-opdrachten-annuleren"));
        assertEquals(201, rest.call("POST", "/requests", "daan", CANCEL).statusCode());
        // Appointing or revoking here is refused while the group decides.
        HttpResponse<String> appoint = rest.call("POST", "/keyusers/rivierstroom", "admin", "{\"user\":\"daan\"}");
        assertEquals(409, appoint.statusCode());
        assertThat(appoint.body(), containsString("kept in the Jira group ma-keyusers-rivierstroom"));
        assertEquals(409, rest.call("DELETE", "/keyusers/rivierstroom/carla", "admin", null).statusCode());

        assertEquals(200, rest.call("PUT", "/keyusers/groups", "admin", "{\"pattern\":\"\"}").statusCode());
        assertEquals(403, rest.call("POST", "/requests", "daan", CANCEL).statusCode());
        assertThat(rest.call("GET", "/audit?subjectType=key-users&subjectKey=*", "admin", null).body(), containsString("key-user.groups.on"));
    }
}
