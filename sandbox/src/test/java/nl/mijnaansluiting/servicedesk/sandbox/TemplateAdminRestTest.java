package nl.mijnaansluiting.servicedesk.sandbox;

import org.junit.ClassRule;
import org.junit.Test;

import java.net.http.HttpResponse;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;

/** Admins change the template catalogue over REST; everyone else only reads it. */
public class TemplateAdminRestTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    private final RestClient rest = new RestClient(SANDBOX, "en");

    private HttpResponse<String> call(String method, String path, String user, String json) throws Exception {
        return rest.call(method, path, user, json);
    }

    @Test
    public void anAdminAddsAFieldTheCustomerThenSeesAndResetsItAgain() throws Exception {
        String definition = call("GET", "/templates/informatievraag/definition", "admin", null).body();
        String changed = definition.replace("\"fields\":[", "\"fields\":[{\"key\":\"urgentie\",\"type\":\"CHOICE\","
                + "\"required\":true,\"label\":{\"nl\":\"Urgentie\",\"en\":\"Urgency\"},\"options\":["
                + "{\"key\":\"hoog\",\"label\":{\"nl\":\"Hoog\",\"en\":\"High\"}},{\"key\":\"laag\",\"label\":{\"nl\":\"Laag\"}}]},");
        HttpResponse<String> saved = call("PUT", "/templates/informatievraag", "admin", changed);
        assertEquals(saved.body(), 200, saved.statusCode());

        String seen = call("GET", "/templates/informatievraag", "bram", null).body();
        assertThat(seen, containsString("\"key\":\"urgentie\",\"type\":\"CHOICE\",\"required\":true,\"label\":\"Urgency\""));
        HttpResponse<String> withoutUrgency = call("POST", "/requests", "bram",
                "{\"template\":\"informatievraag\",\"organisation\":\"noordnet\",\"answers\":{\"onderwerp\":\"x\",\"vraag\":\"y\"}}");
        assertEquals(400, withoutUrgency.statusCode());
        assertThat(withoutUrgency.body(), containsString("\"field\":\"urgentie\""));

        assertEquals(204, call("DELETE", "/templates/informatievraag", "admin", null).statusCode());
        assertThat(call("GET", "/templates/informatievraag", "bram", null).body(), not(containsString("urgentie")));
        assertEquals(404, call("DELETE", "/templates/informatievraag", "admin", null).statusCode());
        String audit = call("GET", "/audit?subjectType=template&subjectKey=informatievraag", "admin", null).body();
        assertThat(audit, containsString("\"action\":\"template.reset\""));
        assertThat(audit, containsString("\"action\":\"template.changed\""));
    }

    @Test
    public void anInvalidDefinitionIsRefusedWholeAndChangesNothing() throws Exception {
        String before = call("GET", "/templates/wijzigingsverzoek/definition", "admin", null).body();
        HttpResponse<String> refused = call("PUT", "/templates/wijzigingsverzoek", "admin",
                before.replace("\"type\":\"DATE\"", "\"type\":\"CALENDAR\""));
        assertEquals(400, refused.statusCode());
        assertThat(refused.body(), containsString("\"field\":\"fields[2].type\""));
        assertThat(refused.body(), containsString("CALENDAR is not a field type"));
        assertEquals(before, call("GET", "/templates/wijzigingsverzoek/definition", "admin", null).body());

        HttpResponse<String> otherKey = call("PUT", "/templates/iets-anders", "admin", before);
        assertEquals(400, otherKey.statusCode());
        assertThat(otherKey.body(), containsString("must match the address iets-anders"));
    }

    @Test
    public void onlyAdminsChangeTemplates() throws Exception {
        String definition = call("GET", "/templates/informatievraag/definition", "admin", null).body();
        assertEquals(403, call("PUT", "/templates/informatievraag", "agent", definition).statusCode());
        assertEquals(403, call("PUT", "/templates/informatievraag", "anna", definition).statusCode());
        assertEquals(403, call("GET", "/templates/informatievraag/definition", "manager", null).statusCode());
        assertEquals(403, call("DELETE", "/templates/informatievraag", "anna", null).statusCode());
    }

    @Test
    public void anAdminAddsANewTemplateAfterTheShippedOnes() throws Exception {
        HttpResponse<String> added = call("PUT", "/templates/toegang-aanvragen", "admin",
                "{\"key\":\"toegang-aanvragen\",\"group\":\"SERVICE_REQUEST\",\"name\":{\"nl\":\"Toegang aanvragen\","
                        + "\"en\":\"Request access\"},\"fields\":[{\"key\":\"wie\",\"type\":\"TEXT\",\"required\":true,"
                        + "\"label\":{\"nl\":\"Voor wie\"}}]}");
        assertEquals(200, added.statusCode());
        String all = call("GET", "/templates", "frank", null).body();
        assertThat(all, containsString("\"key\":\"toegang-aanvragen\""));
        assertEquals(201, call("POST", "/requests", "frank",
                "{\"template\":\"toegang-aanvragen\",\"organisation\":\"polderwater\",\"answers\":{\"wie\":\"Frank\"}}").statusCode());
        assertEquals(204, call("DELETE", "/templates/toegang-aanvragen", "admin", null).statusCode());
        assertEquals(404, call("GET", "/templates/toegang-aanvragen", "frank", null).statusCode());
    }
}
