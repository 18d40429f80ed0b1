package nl.mijnaansluiting.servicedesk.sandbox;

import org.junit.ClassRule;
import org.junit.Test;

import java.net.http.HttpResponse;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;

/** Key-users over REST: admins only, changes audited, bad input refused with the field named and nothing changed. */
public class KeyUserRestTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    private final RestClient rest = new RestClient(SANDBOX, "en");

    private HttpResponse<String> call(String method, String path, String user, String json) throws Exception {
        return rest.call(method, path, user, json);
    }

    @Test
    public void theDemoKeyUsersAreThereOnFirstStart() throws Exception {
        HttpResponse<String> all = call("GET", "/keyusers", "admin", null);
        assertEquals(200, all.statusCode());
        assertThat(all.body(), containsString("\"organisation\":\"noordnet\",\"name\":\"Noordnet Netbeheer\",\"keyUsers\":[{\"username\":\"anna\""));
        assertThat(all.body(), containsString("\"username\":\"carla\""));
        assertThat(all.body(), containsString("\"username\":\"eva\""));
    }

    @Test
    public void onlyAdminsSeeOrChangeKeyUsers() throws Exception {
        assertEquals(403, call("GET", "/keyusers", "anna", null).statusCode());
        assertEquals(403, call("GET", "/keyusers", "agent", null).statusCode());
        HttpResponse<String> byManager = call("POST", "/keyusers/rivierstroom", "manager", "{\"user\":\"daan\"}");
        assertEquals(403, byManager.statusCode());
        assertThat(call("GET", "/keyusers/rivierstroom", "admin", null).body(), not(containsString("daan")));
    }

    @Test
    public void appointByEmailThenAgainThenRevokeWithTheAuditTrailFollowing() throws Exception {
        HttpResponse<String> appointed = call("POST", "/keyusers/polderwater", "admin", "{\"user\":\"FRANK@polderwater.example\"}");
        assertEquals(201, appointed.statusCode());
        assertThat(appointed.body(), containsString("\"username\":\"frank\""));
        assertThat(appointed.body(), containsString("\"outcome\":\"APPOINTED\""));

        HttpResponse<String> again = call("POST", "/keyusers/polderwater", "admin", "{\"user\":\"frank\"}");
        assertEquals(200, again.statusCode());
        assertThat(again.body(), containsString("\"outcome\":\"ALREADY_KEY_USER\""));

        assertEquals(204, call("DELETE", "/keyusers/polderwater/frank", "admin", null).statusCode());
        HttpResponse<String> missing = call("DELETE", "/keyusers/polderwater/frank", "admin", null);
        assertEquals(404, missing.statusCode());
        assertThat(missing.body(), containsString("frank is not a key-user of Polderwater Waterbedrijf."));

        String audit = call("GET", "/audit?subjectType=key-users&subjectKey=polderwater", "admin", null).body();
        assertThat(audit, containsString("\"actor\":\"admin\",\"subjectType\":\"key-users\",\"subjectKey\":\"polderwater\",\"action\":\"key-user.revoked\",\"details\":\"frank\""));
        assertThat(audit, containsString("\"action\":\"key-user.appointed\",\"details\":\"frank\""));
    }

    @Test
    public void aPersonOfAnotherDeelnemerIsRefusedAndNothingChanges() throws Exception {
        HttpResponse<String> refused = call("POST", "/keyusers/noordnet", "admin", "{\"user\":\"carla\"}");
        assertEquals(400, refused.statusCode());
        assertThat(refused.body(), containsString("\"field\":\"user\""));
        assertThat(refused.body(), containsString("Carla Bakker is not a member of Noordnet Netbeheer"));
        assertThat(call("GET", "/keyusers/noordnet", "admin", null).body(), not(containsString("carla")));
    }

    @Test
    public void unknownPeopleAndDeelnemersAreNamed() throws Exception {
        HttpResponse<String> nobody = call("POST", "/keyusers/noordnet", "admin", "{\"user\":\"<b>niemand</b>\"}");
        assertEquals(400, nobody.statusCode());
        assertThat(nobody.body(), containsString("There is no user with username or e-mail address <b>niemand</b>."));

        HttpResponse<String> empty = call("POST", "/keyusers/noordnet", "admin", "{}");
        assertEquals(400, empty.statusCode());
        assertThat(empty.body(), containsString("\"field\":\"user\""));

        HttpResponse<String> elsewhere = call("GET", "/keyusers/nergens", "admin", null);
        assertEquals(404, elsewhere.statusCode());
        assertThat(elsewhere.body(), containsString("Unknown participant: nergens."));
    }

    @Test
    public void brokenJsonIsA400() throws Exception {
        HttpResponse<String> broken = call("POST", "/keyusers/noordnet", "admin", "{\"user\":");
        assertEquals(400, broken.statusCode());
        assertThat(broken.body(), not(containsString("Exception")));
    }
}
