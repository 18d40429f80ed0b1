package nl.mijnaansluiting.servicedesk.sandbox;

import org.junit.ClassRule;
import org.junit.Test;

import java.net.http.HttpResponse;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;

/** Priority schemes and their evaluation over HTTP. */
public class PriorityRestTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    private final RestClient dutch = new RestClient(SANDBOX, null);

    @Test
    public void aDeelnemerGetsTheLevelTheExplanationAndWhetherTheSlaApplies() throws Exception {
        HttpResponse<String> lip = dutch.call("POST", "/priority/evaluate", "bram",
                "{\"scheme\":\"mijn-aansluiting\",\"product\":\"LIP\",\"answers\":{\"omgeving\":\"productie\",\"situatie\":\"lip-niet-beschikbaar\"}}");
        assertEquals(lip.body(), 200, lip.statusCode());
        assertThat(lip.body(), containsString("\"priority\":\"K\""));
        assertThat(lip.body(), containsString("\"slaApplies\":true"));
        assertThat(lip.body(), containsString("\"explanation\":\"Kritiek (K): LIP aanvraag applicatie is niet beschikbaar voor aanvragers.\""));
        assertThat(lip.body(), containsString("\"rule\":\"K\""));
    }

    @Test
    public void mitzAnswersCarryTheCalamiteitFlag() throws Exception {
        HttpResponse<String> mitz = new RestClient(SANDBOX, "en").call("POST", "/priority/evaluate", "agent",
                "{\"scheme\":\"mitz\",\"product\":\"Mitz\",\"answers\":{\"omgeving\":\"productie\",\"functionaliteit\":\"bedrijfskritisch\","
                        + "\"eindgebruikers\":30,\"workaround\":false,\"belemmerd\":true,\"langer-dan-responsetijd\":\"nee\",\"connectors\":3,"
                        + "\"ernstige-hinder\":\"nee\",\"vertrouwelijkheid\":\"nee\",\"meldplichtig-datalek\":\"nee\",\"imago\":\"nee\",\"langer-dan-4-uur\":\"nee\","
                        + "\"politiek\":\"nee\",\"fundamentele-kwetsbaarheid\":\"nee\"}}");
        assertEquals(mitz.body(), 200, mitz.statusCode());
        assertThat(mitz.body(), containsString("\"priority\":\"1\""));
        assertThat(mitz.body(), containsString("\"calamiteit\":true,\"calamiteitExplanation\":\"at least two Mitz Connectors are involved\""));
    }

    /** Issue 16, point 7: a missing answer is named by the question the deelnemer reads, in the caller's language. */
    @Test
    public void aMissingAnswerIsNamedByItsQuestionNotItsKey() throws Exception {
        String body = "{\"scheme\":\"mitz\",\"product\":\"Mitz\",\"answers\":{\"omgeving\":\"productie\",\"functionaliteit\":\"bedrijfskritisch\","
                + "\"eindgebruikers\":30,\"workaround\":false,\"belemmerd\":true}}";
        HttpResponse<String> nl = dutch.call("POST", "/priority/evaluate", "agent", body);
        assertEquals(nl.body(), 400, nl.statusCode());
        assertThat(nl.body(), containsString("\"field\":\"langer-dan-responsetijd\""));
        assertThat(nl.body(), containsString("Beantwoord de vraag \u201cOverstijgt de verwachte verstoringsduur de afgesproken "
                + "responsetijden binnen het Beschikbaarheidsvenster?\u201d"));
        assertThat(nl.body(), not(containsString("Beantwoord de vraag langer-dan-responsetijd")));
        HttpResponse<String> en = new RestClient(SANDBOX, "en").call("POST", "/priority/evaluate", "agent", body);
        assertEquals(en.body(), 400, en.statusCode());
        assertThat(en.body(), containsString("Answer the question \u201cDoes the expected duration of the disruption exceed the agreed "
                + "response times within the availability window?\u201d"));
        HttpResponse<String> wrong = dutch.call("POST", "/priority/evaluate", "agent", body.replace("\"workaround\":false", "\"workaround\":\"misschien\""));
        assertThat(wrong.body(), containsString("Beantwoord de vraag \u201cIs er een workaround beschikbaar?\u201d met ja of nee, niet met misschien."));
    }

    @Test
    public void aSchemeListsItsQuestionsToBuildAForm() throws Exception {
        String scheme = dutch.call("GET", "/schemes/mijn-aansluiting", "bram", null).body();
        assertThat(scheme, containsString("{\"key\":\"K\",\"name\":\"Kritiek\"}"));
        assertThat(scheme, containsString("\"key\":\"aanvraagdossiers\",\"type\":\"NUMBER\""));
        assertThat(dutch.call("GET", "/schemes", "bram", null).body(), containsString("\"key\":\"borger-dk\""));
    }

    @Test
    public void unknownSchemesAndProductsAre404AndWrongAnswers400NamingTheQuestion() throws Exception {
        assertEquals(404, dutch.call("GET", "/schemes/onbekend", "bram", null).statusCode());
        assertEquals(404, dutch.call("POST", "/priority/evaluate", "bram", "{\"scheme\":\"mijn-aansluiting\",\"product\":\"XYZ\"}").statusCode());
        HttpResponse<String> wrong = dutch.call("POST", "/priority/evaluate", "bram",
                "{\"scheme\":\"mijn-aansluiting\",\"product\":\"LIP\",\"answers\":{\"omgeving\":\"productie\",\"situatie\":\"<b>x</b>\"}}");
        assertEquals(400, wrong.statusCode());
        assertThat(wrong.body(), containsString("\"field\":\"situatie\""));
        assertThat(wrong.body(), containsString("<b>x</b> is geen antwoord op de vraag \u201cWelke beschrijving past het best?\u201d."));
    }
}
