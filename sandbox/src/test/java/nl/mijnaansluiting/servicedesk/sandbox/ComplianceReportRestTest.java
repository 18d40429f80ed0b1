package nl.mijnaansluiting.servicedesk.sandbox;

import org.junit.ClassRule;
import org.junit.Test;

import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.time.ZoneId;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;

/** The compliance report over HTTP: JSON and CSV for staff, refused for deelnemers, a bad month named. */
public class ComplianceReportRestTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    private final RestClient rest = new RestClient(SANDBOX, "en");

    @Test
    public void aTakenIncidentCountsInThisMonthsReport() throws Exception {
        YearMonth before = YearMonth.now(ZoneId.of("Europe/Amsterdam"));
        HttpResponse<String> created = rest.call("POST", "/requests", "bram",
                "{\"template\":\"storing-capo\",\"organisation\":\"noordnet\",\"answers\":{\"onderwerp\":\"CAPO\","
                        + "\"omschrijving\":\"x\",\"omgeving\":\"productie\",\"situatie\":\"alle-deelnemers\"}}");
        String key = created.body().replaceAll(".*\"key\":\"(MA-\\d+)\".*", "$1");
        assertEquals(200, rest.call("POST", "/requests/" + key + "/transitions", "agent", "{\"action\":\"take\"}").statusCode());
        YearMonth month = YearMonth.now(ZoneId.of("Europe/Amsterdam"));
        if (!month.equals(before)) {
            return;  // the month turned while the request was taken: nothing to compare this time
        }
        HttpResponse<String> json = rest.call("GET", "/reports/compliance?scheme=mijn-aansluiting&month=" + month, "manager", null);
        assertEquals(json.body(), 200, json.statusCode());
        assertThat(json.body(), containsString("\"product\":\"CAPO\",\"priority\":\"K\",\"metric\":\"reaction\",\"normPercent\":90,\"total\":1,\"met\":1"));

        HttpResponse<String> csv = new RestClient(SANDBOX, "nl").call("GET", "/reports/compliance?scheme=mijn-aansluiting&month="
                + month + "&format=csv", "agent", null);
        assertEquals(200, csv.statusCode());
        assertThat(csv.headers().firstValue("Content-Type").orElse(""), containsString("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition").orElse(""), containsString("sla-mijn-aansluiting-" + month + ".csv"));
        // As Dutch Excel reads it: semicolons, decimal commas, ja/nee, Dutch headings; English for an English reader.
        assertThat(csv.body(), containsString("mijn-aansluiting;" + month + ";CAPO;K;Reactie;90;1;1;100;ja;;0;0;;\r\n"));
        assertThat(csv.body(), not(containsString("true")));
        HttpResponse<String> english = new RestClient(SANDBOX, "en").call("GET", "/reports/compliance?scheme=mijn-aansluiting&month="
                + month + "&format=csv", "agent", null);
        assertThat(english.body(), containsString("Scheme,Month,Product,Priority,Goal,"));
        assertThat(english.body(), containsString("mijn-aansluiting," + month + ",CAPO,K,Reaction,90,1,1,100,yes,,0,0,,\r\n"));
    }

    @Test
    public void deelnemersMayNotReadItAndABadMonthIsNamed() throws Exception {
        assertEquals(403, rest.call("GET", "/reports/compliance?scheme=mitz&month=2026-11", "bram", null).statusCode());
        HttpResponse<String> bad = new RestClient(SANDBOX, "nl").call("GET", "/reports/compliance?scheme=mitz&month=nov", "agent", null);
        assertEquals(400, bad.statusCode());
        assertThat(bad.body(), containsString("\"field\":\"month\""));
        assertThat(bad.body(), containsString("nov is geen maand; schrijf jjjj-mm, bijvoorbeeld 2026-11."));
        assertEquals(404, rest.call("GET", "/reports/compliance?scheme=nope&month=2026-11", "agent", null).statusCode());
    }
}
