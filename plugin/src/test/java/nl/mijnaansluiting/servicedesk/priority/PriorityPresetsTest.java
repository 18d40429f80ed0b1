package nl.mijnaansluiting.servicedesk.priority;

import nl.mijnaansluiting.servicedesk.error.Problem;
import nl.mijnaansluiting.servicedesk.error.ProblemException;
import nl.mijnaansluiting.servicedesk.text.Messages;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * Every cell of every seed table, through the presets: as shipped, and again after a JSON round trip
 * (export, import), so what an admin exports and imports decides exactly as the preset does.
 */
@RunWith(Parameterized.class)
public class PriorityPresetsTest {

    @Parameterized.Parameters(name = "{0}")
    public static List<Object[]> forms() {
        Map<String, PriorityScheme> roundTripped = new LinkedHashMap<>();
        PriorityPresets.schemes().forEach((key, scheme) ->
                roundTripped.put(key, SchemeDefinitions.read(SchemeDefinitions.write(scheme))));
        return List.of(new Object[]{"shipped", PriorityPresets.schemes()}, new Object[]{"json", roundTripped});
    }

    private final Map<String, PriorityScheme> schemes;

    public PriorityPresetsTest(String form, Map<String, PriorityScheme> schemes) {
        this.schemes = schemes;
    }
    private final Messages messages = new Messages();

    private Evaluation evaluate(String scheme, String product, String... answers) {
        Map<String, String> given = new HashMap<>();
        for (int i = 0; i < answers.length; i += 2) {
            given.put(answers[i], answers[i + 1]);
        }
        return schemes.get(scheme).evaluate(product, given);
    }

    private void level(String expected, String scheme, String product, String... answers) {
        assertEquals(scheme + "/" + product + " " + String.join(",", answers), expected, evaluate(scheme, product, answers).level());
    }

    @Test
    public void mijnAansluitingLipDspCapoCellForCell() {
        String[][] cells = {
                {"LIP", "lip-niet-beschikbaar", "K"}, {"LIP", "geen-push", "H"}, {"LIP", "geen-pull", "H"},
                {"LIP", "geen-track-trace", "H"}, {"LIP", "beheer-niet-beschikbaar", "H"}, {"LIP", "configuratie", "M"},
                {"LIP", "individuele-aanvraag", "L"}, {"LIP", "individuele-gebruiker", "L"},
                {"DSP", "alle-deelnemers", "K"}, {"DSP", "specifieke-deelnemer", "H"}, {"DSP", "specifieke-berichten", "M"},
                {"DSP", "analytics-qas", "M"}, {"DSP", "geen-impact", "L"},
                {"CAPO", "alle-deelnemers", "K"}, {"CAPO", "enkele-deelnemer", "H"}, {"CAPO", "niet-getoond", "H"},
                {"CAPO", "specifieke-berichten", "M"}, {"CAPO", "qas", "M"}, {"CAPO", "geen-impact", "L"},
                {"Rapportages", "niet-beschikbaar", "H"}, {"Rapportages", "geen-of-onjuiste-gegevens", "M"},
                {"Rapportages", "cosmetisch", "L"}};
        for (String[] cell : cells) {
            level(cell[2], "mijn-aansluiting", cell[0], "omgeving", "productie", "situatie", cell[1]);
        }
    }

    @Test
    public void theExplanationQuotesTheCriterionInBothLanguages() {
        Evaluation lip = evaluate("mijn-aansluiting", "LIP", "omgeving", "productie", "situatie", "lip-niet-beschikbaar");
        assertEquals("Kritiek (K): LIP aanvraag applicatie is niet beschikbaar voor aanvragers.",
                lip.explanation(messages, Messages.DUTCH));
        assertEquals("Critical (K): The LIP application is not available to applicants.",
                lip.explanation(messages, Locale.ENGLISH));
        assertTrue(lip.slaApplies());
        assertEquals("K", lip.ruleId());
    }

    @Test
    public void rapportagesNeverGetKritiekButHoogAndSayWhy() {
        Evaluation reports = evaluate("mijn-aansluiting", "Rapportages", "omgeving", "productie", "situatie", "kritiek");
        assertEquals("H", reports.level());
        assertTrue(reports.explanation(messages, Messages.DUTCH).contains("kritieke aanvragen worden als hoog beoordeeld"));
    }

    @Test
    public void theSlaAppliesOnlyOnProductie() {
        Evaluation acceptance = evaluate("mijn-aansluiting", "DSP", "omgeving", "acceptatie", "situatie", "alle-deelnemers");
        assertEquals("K", acceptance.level());
        assertFalse(acceptance.slaApplies());
        assertTrue(acceptance.explanation(messages, Messages.DUTCH).endsWith("De SLA geldt alleen op de Productie-omgeving en is hier niet van toepassing."));
    }

    @Test
    public void datalekByImpactAndAanvraagdossiersTheHighestWins() {
        String s = "mijn-aansluiting";
        String p = "Beveiligingsincident";
        level("K", s, p, "omgeving", "productie", "impact", "geen", "aanvraagdossiers", "1001");
        level("H", s, p, "omgeving", "productie", "impact", "geen", "aanvraagdossiers", "1000");
        level("H", s, p, "omgeving", "productie", "impact", "geen", "aanvraagdossiers", "100");
        level("M", s, p, "omgeving", "productie", "impact", "geen", "aanvraagdossiers", "99");
        level("M", s, p, "omgeving", "productie", "impact", "geen", "aanvraagdossiers", "1");
        level("L", s, p, "omgeving", "productie", "impact", "geen", "aanvraagdossiers", "0");
        level("K", s, p, "omgeving", "productie", "impact", "grootschalige-uitval", "aanvraagdossiers", "0");
        level("H", s, p, "omgeving", "productie", "impact", "significant", "aanvraagdossiers", "5");
        level("M", s, p, "omgeving", "productie", "impact", "beperkt", "aanvraagdossiers", "0");
        level("K", s, p, "omgeving", "productie", "impact", "beperkt", "aanvraagdossiers", "5000");
        Evaluation big = evaluate(s, p, "omgeving", "productie", "impact", "geen", "aanvraagdossiers", "1500");
        assertTrue(big.explanation(messages, Messages.DUTCH).contains("Grootschalig datalek klantgegevens (> 1000 aanvraagdossiers) getroffen."));
    }

    @Test
    public void mijnOverheidsMatrixCellForCell() {
        String[][] cells = {
                {"hoog", "hoog", "1"}, {"hoog", "midden", "2"}, {"hoog", "laag", "3"},
                {"midden", "hoog", "2"}, {"midden", "midden", "3"}, {"midden", "laag", "3"},
                {"laag", "hoog", "3"}, {"laag", "midden", "3"}, {"laag", "laag", "3"}};
        for (String[] cell : cells) {
            // cell = {urgency, impact, level}, as the seed's table has urgency in rows and impact in columns
            level(cell[2], "mijnoverheid", "MijnOverheid", "urgentie", cell[0], "impact", cell[1]);
        }
        Evaluation one = evaluate("mijnoverheid", "MijnOverheid", "urgentie", "hoog", "impact", "hoog");
        assertTrue(one.explanation(messages, Messages.DUTCH).startsWith("Prio 1 - Hoog (1): Urgentie Hoog"));
        assertTrue(one.slaApplies());
    }

    private static final String[] NO_CALAMITY = {"langer-dan-responsetijd", "nee", "connectors", "1", "ernstige-hinder", "nee",
            "vertrouwelijkheid", "nee", "meldplichtig-datalek", "nee", "imago", "nee", "langer-dan-4-uur", "nee",
            "politiek", "nee", "fundamentele-kwetsbaarheid", "nee"};

    private Evaluation mitz(String... answers) {
        String[] all = new String[answers.length + NO_CALAMITY.length];
        System.arraycopy(NO_CALAMITY, 0, all, 0, NO_CALAMITY.length);
        System.arraycopy(answers, 0, all, NO_CALAMITY.length, answers.length);
        return evaluate("mitz", "Mitz", all);
    }

    @Test
    public void mitzPrio1OnlyWhenEveryCriterionHolds() {
        assertEquals("1", mitz("omgeving", "productie", "functionaliteit", "bedrijfskritisch", "eindgebruikers", "25",
                "workaround", "nee", "belemmerd", "ja").level());
        assertEquals("2", mitz("omgeving", "productie", "functionaliteit", "bedrijfskritisch", "eindgebruikers", "24.9",
                "workaround", "nee", "belemmerd", "ja").level());
        assertEquals("2", mitz("omgeving", "productie", "functionaliteit", "bedrijfskritisch", "eindgebruikers", "80",
                "workaround", "ja", "belemmerd", "ja").level());
        assertEquals("2", mitz("omgeving", "acceptatie", "functionaliteit", "bedrijfskritisch", "eindgebruikers", "80",
                "workaround", "nee", "belemmerd", "ja").level());
        assertEquals("2", mitz("omgeving", "productie", "functionaliteit", "belangrijk", "eindgebruikers", "1",
                "workaround", "ja", "belemmerd", "nee").level());
        assertEquals("2", mitz("omgeving", "productie", "functionaliteit", "niet-kritiek", "eindgebruikers", "1",
                "workaround", "ja", "belemmerd", "ja").level());
        assertEquals("3", mitz("omgeving", "productie", "functionaliteit", "niet-kritiek", "eindgebruikers", "1",
                "workaround", "ja", "belemmerd", "nee").level());
    }

    /** Seed 002's nine calamiteit criteria, in its order and its words: each alone raises the flag and is the reason given. */
    private static final String[][] CALAMITEIT = {
            {"langer-dan-responsetijd", "ja", "de verwachte verstoringsduur de afgesproken responsetijden binnen het Beschikbaarheidsvenster overstijgt"},
            {"connectors", "2", "tenminste twee Mitz Connectors betrokken zijn"},
            {"ernstige-hinder", "ja", "directe en ernstige hinder wordt ondervonden"},
            {"vertrouwelijkheid", "ja", "het impact heeft op vertrouwelijkheid en integriteit"},
            {"meldplichtig-datalek", "ja", "sprake is van een meldplichtig datalek als bedoeld in de meldplicht datalekken"},
            {"imago", "ja", "het een grote impact heeft op het imago van Mitz en het vertrouwen van burgers, zorgaanbieders en deelnemers in de voorziening"},
            {"langer-dan-4-uur", "ja", "de verwachte verstoring ofwel onbeschikbaarheid van het stelsel langer dan 4 uur duurt"},
            {"politiek", "ja", "er politieke beslissingen of implicaties spelen, bijvoorbeeld in het geval van een uitspraak van de Autoriteit Persoonsgegevens"},
            {"fundamentele-kwetsbaarheid", "ja", "het een fundamentele juridische of technische kwetsbaarheid betreft en dus betrekking heeft op de opzet of structuur van Mitz"}};

    @Test
    public void mitzCalamiteitFromEachOfItsNineCriteriaInTheSeedsWords() {
        String[] base = {"omgeving", "productie", "functionaliteit", "niet-kritiek", "eindgebruikers", "1", "workaround", "ja", "belemmerd", "nee"};
        assertFalse(mitz(base).flags().get("calamiteit").raised());
        assertFalse(mitz(concat(base, "connectors", "1")).flags().get("calamiteit").raised());
        assertEquals(9, CALAMITEIT.length);
        for (String[] criterion : CALAMITEIT) {
            Evaluation.Flag flag = mitz(concat(base, criterion[0], criterion[1])).flags().get("calamiteit");
            assertTrue(criterion[0], flag.raised());
            assertEquals(criterion[0], criterion[2], flag.reason().dutch());
            assertFalse(criterion[0], flag.reason().english().isBlank() || flag.reason().english().equals(criterion[2]));
        }
        assertEquals("political decisions or implications are involved, for example a ruling of the Dutch Data Protection Authority",
                mitz(concat(base, "politiek", "ja")).flags().get("calamiteit").reason().english());
        // The calamiteit questions are the scheme's, so the portal asks all nine: none is left out.
        List<String> asked = schemes.get("mitz").product("Mitz").orElseThrow().questions().stream().map(Question::key)
                .collect(java.util.stream.Collectors.toList());
        for (String[] criterion : CALAMITEIT) {
            assertTrue(criterion[0], asked.contains(criterion[0]));
        }
    }

    /** Issue 16, point 7: the refusal names the question as the deelnemer reads it, in Dutch and in English. */
    @Test
    public void aMissingAnswerIsNamedByItsLabelInEitherLanguage() {
        try {
            evaluate("mitz", "Mitz", "omgeving", "productie", "functionaliteit", "bedrijfskritisch", "eindgebruikers", "30",
                    "workaround", "nee", "belemmerd", "ja");
            fail("answers missing");
        } catch (ProblemException missing) {
            assertEquals("langer-dan-responsetijd", missing.field());
            assertEquals("Beantwoord de vraag \u201cOverstijgt de verwachte verstoringsduur de afgesproken responsetijden binnen het "
                    + "Beschikbaarheidsvenster?\u201d.", messages.text(Messages.DUTCH, missing.messageKey(), missing.arguments()));
            assertEquals("Answer the question \u201cDoes the expected duration of the disruption exceed the agreed response times "
                    + "within the availability window?\u201d.", messages.text(Messages.ENGLISH, missing.messageKey(), missing.arguments()));
        }
    }

    /** Later answers win: the criterion under test replaces NO_CALAMITY's "nee". */
    private static String[] concat(String[] base, String key, String value) {
        String[] all = java.util.Arrays.copyOf(base, base.length + 2);
        all[base.length] = key;
        all[base.length + 1] = value;
        return all;
    }

    @Test
    public void borgerDkByShareOfUsersAndWorkAround() {
        String s = "borger-dk";
        String p = "Borger.dk";
        level("1", s, p, "andel-brugere", "21", "sikkerhedsbrist", "nee", "work-around", "nee", "centrale-funktioner", "ja");
        level("2", s, p, "andel-brugere", "20", "sikkerhedsbrist", "nee", "work-around", "nee", "centrale-funktioner", "ja");
        level("2", s, p, "andel-brugere", "5.1", "sikkerhedsbrist", "nee", "work-around", "nee", "centrale-funktioner", "ja");
        level("4", s, p, "andel-brugere", "20", "sikkerhedsbrist", "nee", "work-around", "ja", "centrale-funktioner", "ja");
        level("4", s, p, "andel-brugere", "5", "sikkerhedsbrist", "nee", "work-around", "nee", "centrale-funktioner", "ja");
        level("1", s, p, "andel-brugere", "1", "sikkerhedsbrist", "ja", "work-around", "nee", "centrale-funktioner", "ja");
        level("3", s, p, "sikkerhedsbrist", "nee", "work-around", "nee", "centrale-funktioner", "ja");
        level("4", s, p, "sikkerhedsbrist", "nee", "work-around", "nee", "centrale-funktioner", "nee");
    }

    private static void refused(Problem problem, String field, Runnable call) {
        try {
            call.run();
            fail();
        } catch (ProblemException e) {
            assertEquals(problem, e.problem());
            assertEquals(field, e.field());
        }
    }

    @Test
    public void wrongAnswersNameTheirQuestion() {
        PriorityScheme scheme = schemes.get("mijn-aansluiting");
        refused(Problem.NOT_FOUND, null, () -> scheme.evaluate("Onbekend", Map.of()));
        refused(Problem.BAD_INPUT, "situatie", () -> scheme.evaluate("LIP", Map.of("omgeving", "productie", "situatie", "bestaat-niet")));
        refused(Problem.BAD_INPUT, "situatie", () -> scheme.evaluate("LIP", Map.of("omgeving", "productie")));
        refused(Problem.BAD_INPUT, "kleur", () -> scheme.evaluate("LIP", Map.of("kleur", "rood")));
        refused(Problem.BAD_INPUT, "aanvraagdossiers", () -> scheme.evaluate("Beveiligingsincident",
                Map.of("omgeving", "productie", "impact", "geen", "aanvraagdossiers", "veel")));
        refused(Problem.BAD_INPUT, "aanvraagdossiers", () -> scheme.evaluate("Beveiligingsincident",
                Map.of("omgeving", "productie", "impact", "geen", "aanvraagdossiers", "-3")));
        refused(Problem.BAD_INPUT, "eindgebruikers", () -> mitz("omgeving", "productie", "functionaliteit", "belangrijk",
                "eindgebruikers", "101", "workaround", "ja", "belemmerd", "nee"));
        refused(Problem.BAD_INPUT, "workaround", () -> mitz("omgeving", "productie", "functionaliteit", "belangrijk",
                "eindgebruikers", "10", "workaround", "misschien", "belemmerd", "nee"));
    }
}
