package nl.mijnaansluiting.servicedesk.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.ClassRule;
import org.junit.Test;

import java.net.http.HttpResponse;

import static org.hamcrest.CoreMatchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;

/** Admins change calendars and goals over HTTP; wrong definitions are refused naming the field, and change nothing. */
public class SlaAdminRestTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PREVIEW = "{\"scheme\":\"mijnoverheid\",\"priority\":\"2\",\"start\":\"2026-11-23T08:00:00+01:00\"}";

    private final RestClient rest = new RestClient(SANDBOX, "en");

    private String dueOfPrio2() throws Exception {
        String body = rest.call("POST", "/sla/preview", "agent", PREVIEW).body();
        return JSON.readTree(body).get("goals").get(0).get("dueAt").asText();
    }

    private ObjectNode calendar(String key) throws Exception {
        HttpResponse<String> got = rest.call("GET", "/sla/calendars/" + key, "agent", null);
        assertEquals(got.body(), 200, got.statusCode());
        return (ObjectNode) JSON.readTree(got.body());
    }

    @Test
    public void officeHoursFromNineMoveTheDueMomentAndResettingRestoresIt() throws Exception {
        ObjectNode office = calendar("kantooruren");
        assertThat(office.toString(), containsString("\"MONDAY\":[[\"08:00\",\"17:00\"]]"));
        assertThat(office.toString(), containsString("\"country\":\"NL\""));
        // 20 office hours from Monday 08:00: Wednesday 10:00 with 8-17, Wednesday 13:00 with 9-17.
        assertThat(dueOfPrio2(), containsString("2026-11-25T10:00"));

        String nineToFive = office.toString().replace("[\"08:00\",\"17:00\"]", "[\"09:00\",\"17:00\"]");
        HttpResponse<String> saved = rest.call("PUT", "/sla/calendars/kantooruren", "admin", nineToFive);
        assertEquals(saved.body(), 200, saved.statusCode());
        assertThat(dueOfPrio2(), containsString("2026-11-25T13:00"));

        assertEquals(204, rest.call("DELETE", "/sla/calendars/kantooruren", "admin", null).statusCode());
        assertThat(dueOfPrio2(), containsString("2026-11-25T10:00"));
        assertEquals(404, rest.call("DELETE", "/sla/calendars/kantooruren", "admin", null).statusCode());
    }

    @Test
    public void aWrongCalendarIsRefusedNamingTheFieldAndNothingChanges() throws Exception {
        ObjectNode office = calendar("kantooruren");
        ObjectNode overlapping = office.deepCopy();
        ((ArrayNode) overlapping.get("hours").get("MONDAY")).addArray().add("12:00").add("13:00");
        HttpResponse<String> refused = rest.call("PUT", "/sla/calendars/kantooruren", "admin", overlapping.toString());
        assertEquals(400, refused.statusCode());
        assertThat(refused.body(), containsString("\"field\":\"hours.MONDAY\""));

        ObjectNode empty = office.deepCopy();
        empty.putObject("hours");
        HttpResponse<String> noTime = new RestClient(SANDBOX, "nl").call("PUT", "/sla/calendars/kantooruren", "admin", empty.toString());
        assertEquals(400, noTime.statusCode());
        assertThat(noTime.body(), containsString("\"field\":\"hours\""));

        ObjectNode badZone = office.deepCopy().put("zone", "Europe/Utrecht");
        assertThat(rest.call("PUT", "/sla/calendars/kantooruren", "admin", badZone.toString()).body(),
                containsString("Europe/Utrecht is not a time zone"));
        assertEquals(office, calendar("kantooruren"));
        assertEquals(403, rest.call("PUT", "/sla/calendars/kantooruren", "agent", office.toString()).statusCode());
    }

    @Test
    public void holidaysAreChosenFromTheCountrysOwnAndOwnDaysOffKeepTheirNames() throws Exception {
        ObjectNode office = calendar("kantooruren");
        // a holiday the country's calendar does not have is refused at its place, in the caller's language
        ObjectNode unknown = office.deepCopy();
        ((ArrayNode) unknown.get("holidays").get("off")).add("christian.EASTER_TUESDAY");
        HttpResponse<String> english = rest.call("PUT", "/sla/calendars/kantooruren", "admin", unknown.toString());
        assertEquals(400, english.statusCode());
        assertThat(english.body(), containsString("\"field\":\"holidays.off[0]\""));
        assertThat(english.body(), containsString("christian.EASTER_TUESDAY is not a holiday of the holiday calendar NL."));
        HttpResponse<String> dutch = new RestClient(SANDBOX, "nl").call("PUT", "/sla/calendars/kantooruren", "admin", unknown.toString());
        assertThat(dutch.body(), containsString("christian.EASTER_TUESDAY is geen feestdag van de feestdagenkalender NL."));

        // an own day off by date and name; a name longer than a column holds is refused, and nothing changed
        ObjectNode tooLong = office.deepCopy();
        ((ArrayNode) tooLong.get("daysOff")).addObject().put("date", "2026-12-24").put("name", "x".repeat(256));
        HttpResponse<String> refused = rest.call("PUT", "/sla/calendars/kantooruren", "admin", tooLong.toString());
        assertEquals(400, refused.statusCode());
        assertThat(refused.body(), containsString("\"field\":\"daysOff[0].name\""));
        assertEquals(office, calendar("kantooruren"));

        ObjectNode named = office.deepCopy();
        ((ArrayNode) named.get("daysOff")).addObject().put("date", "2026-12-24").put("name", "Kerstavond");
        ((ArrayNode) named.get("holidays").get("on")).add("christian.GOOD_FRIDAY");
        assertEquals(200, rest.call("PUT", "/sla/calendars/kantooruren", "admin", named.toString()).statusCode());
        assertThat(calendar("kantooruren").toString(), containsString("\"daysOff\":[{\"date\":\"2026-12-24\",\"name\":\"Kerstavond\"}]"));
        assertEquals(204, rest.call("DELETE", "/sla/calendars/kantooruren", "admin", null).statusCode());
    }

    @Test
    public void theAuditTrailIsFilteredByActionAndDaysAndAWrongFilterIsRefusedAtItsField() throws Exception {
        ObjectNode office = calendar("kantooruren");
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).toString();
        String changedToday = "/audit?action=sla.calendar.changed&from=" + today + "&until=" + today;
        int before = JSON.readTree(rest.call("GET", changedToday, "admin", null).body()).size();
        assertEquals(200, rest.call("PUT", "/sla/calendars/kantooruren", "admin", office.toString()).statusCode());
        assertEquals(204, rest.call("DELETE", "/sla/calendars/kantooruren", "admin", null).statusCode());
        ArrayNode changed = (ArrayNode) JSON.readTree(rest.call("GET", changedToday, "admin", null).body());
        assertEquals(before + 1, changed.size());
        changed.forEach(line -> assertEquals("sla.calendar.changed", line.get("action").asText()));
        assertEquals("admin", changed.get(0).get("actor").asText());
        assertEquals(0, JSON.readTree(rest.call("GET", "/audit?from=2020-01-01&until=2020-01-02", "admin", null).body()).size());
        assertEquals(0, JSON.readTree(rest.call("GET", "/audit?action=sla.calendar.changed&actor=anna", "admin", null).body()).size());

        HttpResponse<String> badDay = new RestClient(SANDBOX, "nl").call("GET", "/audit?from=2026-13-01", "admin", null);
        assertEquals(400, badDay.statusCode());
        assertThat(badDay.body(), containsString("\"field\":\"from\""));
        assertThat(badDay.body(), containsString("2026-13-01 is geen datum"));
        HttpResponse<String> backwards = rest.call("GET", "/audit?from=2026-11-20&until=2026-11-01&action=nonsense", "admin", null);
        assertEquals(400, backwards.statusCode());
        assertThat(backwards.body(), containsString("\"field\":\"until\""));
        assertThat(backwards.body(), containsString("nonsense is not an action of the audit trail."));
    }

    @Test
    public void wrongGoalsAreRefusedNamingTheFieldAndGoodOnesApply() throws Exception {
        ObjectNode goals = (ObjectNode) JSON.readTree(rest.call("GET", "/sla/goals/borger-dk", "agent", null).body());
        ObjectNode noCalendar = goals.deepCopy();
        ((ObjectNode) noCalendar.get("goals").get(0)).put("calendar", "");
        ((ObjectNode) noCalendar.get("goals").get(1)).put("target", "PT-5M");
        HttpResponse<String> refused = rest.call("PUT", "/sla/goals/borger-dk", "admin", noCalendar.toString());
        assertEquals(400, refused.statusCode());
        assertThat(refused.body(), containsString("\"field\":\"goals[0].calendar\""));
        assertThat(refused.body(), containsString("\"field\":\"goals[1].target\""));
        assertThat(refused.body(), containsString("PT-5M"));

        ObjectNode faster = goals.deepCopy();
        ((ObjectNode) faster.get("goals").get(0)).put("target", "PT10M");
        assertEquals(200, rest.call("PUT", "/sla/goals/borger-dk", "admin", faster.toString()).statusCode());
        String preview = rest.call("POST", "/sla/preview", "agent",
                "{\"scheme\":\"borger-dk\",\"priority\":\"1\",\"start\":\"2026-11-23T09:00:00+01:00\"}").body();
        assertThat(preview, containsString("\"metric\":\"reaction\",\"target\":\"PT10M\""));
        assertEquals(204, rest.call("DELETE", "/sla/goals/borger-dk", "admin", null).statusCode());
    }
}
