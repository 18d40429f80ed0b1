package nl.mijnaansluiting.servicedesk.priority;

import nl.mijnaansluiting.servicedesk.text.Translated;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static nl.mijnaansluiting.servicedesk.priority.Condition.all;
import static nl.mijnaansluiting.servicedesk.priority.Condition.any;
import static nl.mijnaansluiting.servicedesk.priority.Condition.choice;
import static nl.mijnaansluiting.servicedesk.priority.Condition.range;
import static nl.mijnaansluiting.servicedesk.priority.Condition.yesNo;
import static nl.mijnaansluiting.servicedesk.priority.PriorityRule.matrix;
import static nl.mijnaansluiting.servicedesk.priority.PriorityRule.when;
import static nl.mijnaansluiting.servicedesk.priority.Question.option;
import static nl.mijnaansluiting.servicedesk.text.Translated.of;

/**
 * The priority schemes of the seed systems, criterion for criterion in the seeds' own words:
 * mijn-aansluiting (000), mijnoverheid (001), mitz (002, with calamiteit), borger-dk (003).
 */
public final class PriorityPresets {

    public static final String ENVIRONMENT = "omgeving";
    public static final String PRODUCTION = "productie";

    private PriorityPresets() {
    }

    public static Map<String, PriorityScheme> schemes() {
        Map<String, PriorityScheme> schemes = new LinkedHashMap<>();
        for (PriorityScheme scheme : List.of(mijnAansluiting(), mijnOverheid(), mitz(), borgerDk())) {
            schemes.put(scheme.key(), scheme);
        }
        return schemes;
    }

    private static Question environment() {
        return Question.choice(ENVIRONMENT, of("Omgeving", "Environment"),
                option(PRODUCTION, "Productie", "Production"),
                option("acceptatie", "Acceptatie", "Acceptance"));
    }

    private static final List<PriorityScheme.Level> KHML = List.of(
            new PriorityScheme.Level("K", of("Kritiek", "Critical")),
            new PriorityScheme.Level("H", of("Hoog", "High")),
            new PriorityScheme.Level("M", of("Middel", "Medium")),
            new PriorityScheme.Level("L", of("Laag", "Low")));

    /** Seed 000: one question per product, "what describes the disruption", whose answers are the table's criteria. */
    public static PriorityScheme mijnAansluiting() {
        Translated situation = of("Welke beschrijving past het best?", "Which description fits best?");
        Product lip = byCriterion("LIP", of("LIP", "LIP"), situation, List.of(
                level("K", option("lip-niet-beschikbaar", "LIP aanvraag applicatie is niet beschikbaar voor aanvragers.",
                        "The LIP application is not available to applicants.")),
                level("H", option("geen-push", "Netbeheerder ontvangt geen enkele aanvraag via de aanvraag (push) service.",
                                "A grid operator receives no application at all through the (push) application service."),
                        option("geen-pull", "Netbeheerder kan geen enkele aanvraag ophalen via de pull service.",
                                "A grid operator cannot fetch any application through the pull service."),
                        option("geen-track-trace", "Netbeheerder kan geen enkele aanvraag updaten via de Track & Trace service.",
                                "A grid operator cannot update any application through the Track & Trace service."),
                        option("beheer-niet-beschikbaar", "Applicatie Beheer, Combi en/of Helpdesk applicatie is niet beschikbaar tijdens kantooruren.",
                                "The Beheer, Combi and/or Helpdesk application is not available during office hours.")),
                level("M", option("configuratie", "LIP configuratie/instellingen worden niet volgens specificatie toegepast in de applicaties.",
                        "LIP configuration/settings are not applied in the applications as specified.")),
                level("L", option("individuele-aanvraag", "Issue met individuele aanvragen.", "Issue with individual applications."),
                        option("individuele-gebruiker", "Individuele gebruiker issue: kan niet inloggen, wachtwoord, activatie e-email.",
                                "Individual user issue: cannot log in, password, activation e-mail."))), null);
        Product dsp = byCriterion("DSP", of("DSP", "DSP"), situation, List.of(
                level("K", option("alle-deelnemers", "Voor alle deelnemers berichtenverkeer niet mogelijk met het DSP platform.",
                        "Messaging with the DSP platform is impossible for all participants.")),
                level("H", option("specifieke-deelnemer", "Berichtenverkeer is niet mogelijk voor specifieke deelnemer.",
                        "Messaging is impossible for a specific participant.")),
                level("M", option("specifieke-berichten", "Issue met versturen / ontvangen van specifieke berichten.",
                                "Issue with sending / receiving specific messages."),
                        option("analytics-qas", "Niet beschikbaar zijn van DSP Analytics en/of DSP Acceptatie-omgeving (QAS).",
                                "DSP Analytics and/or the DSP acceptance environment (QAS) are unavailable.")),
                level("L", option("geen-impact", "Issue dat geen impact heeft op de functionaliteit.",
                        "Issue without impact on functionality."))), null);
        Product capo = byCriterion("CAPO", of("CAPO", "CAPO"), situation, List.of(
                level("K", option("alle-deelnemers", "CAPO niet bereikbaar voor alle deelnemers.", "CAPO cannot be reached by any participant.")),
                level("H", option("enkele-deelnemer", "CAPO niet bereikbaar voor enkele deelnemer.", "CAPO cannot be reached by a single participant."),
                        option("niet-getoond", "Aanvragen en opdrachten in CAPO worden niet getoond.", "Applications and orders in CAPO are not shown.")),
                level("M", option("specifieke-berichten", "Issue met versturen / ontvangen van specifieke berichten (bijvoorbeeld \"Mee in combi\" bericht).",
                                "Issue with sending / receiving specific messages (for example the \"Mee in combi\" message)."),
                        option("qas", "Niet beschikbaar zijn van Acceptatie-omgeving (QAS).", "The acceptance environment (QAS) is unavailable.")),
                level("L", option("geen-impact", "Issue dat geen impact heeft op de functionaliteit.", "Issue without impact on functionality."))),
                null);
        Product reports = byCriterion("Rapportages", of("Rapportages (PowerBI)", "Reports (PowerBI)"), situation, List.of(
                level("K", option("kritiek", "Melding als kritiek aangemerkt.", "Reported as critical.")),
                level("H", option("niet-beschikbaar", "De rapportage omgeving is niet beschikbaar.", "The reporting environment is not available.")),
                level("M", option("geen-of-onjuiste-gegevens", "De rapportage omgeving bevat geen of onjuiste gegevens.",
                        "The reporting environment holds no or wrong data.")),
                level("L", option("cosmetisch", "Cosmetische bevindingen", "Cosmetic findings"))),
                new Product.Cap("H", of("Kritiek is voor Rapportages niet van toepassing: de rapportage omgeving is niet ter ondersteuning van een kritiek proces; kritieke aanvragen worden als hoog beoordeeld.",
                        "Critical does not apply to Reports: the reporting environment does not support a critical process; critical requests are assessed as high.")));
        return new PriorityScheme("mijn-aansluiting", of("Mijn Aansluiting", "Mijn Aansluiting"), KHML,
                List.of(lip, dsp, capo, reports, securityIncident()), List.of());
    }

    /** Beveiligingsincident / datalek: impact on the services, and the number of aanvraagdossiers affected; the highest wins. */
    private static Product securityIncident() {
        String impact = "impact";
        String dossiers = "aanvraagdossiers";
        Question impactQuestion = Question.choice(impact, of("Impact op de diensten", "Impact on the services"),
                option("grootschalige-uitval", "Grootschalige uitval van de diensten.", "Large-scale outage of the services."),
                option("significant", "Significante impact op één of meerdere diensten, inclusief tijdelijke onbeschikbaarheid of beperkt functioneren van de diensten.",
                        "Significant impact on one or more services, including temporary unavailability or limited functioning."),
                option("beperkt", "Beperkte impact op de werking van één of meerdere diensten, mogelijkerwijs tijdelijke onbeschikbaarheid.",
                        "Limited impact on the working of one or more services, possibly temporary unavailability."),
                option("geen", "Beveiligingsincident dat geen impact heeft op de werking van de diensten.",
                        "Security incident without impact on the working of the services."));
        Question dossierQuestion = Question.number(dossiers, of("Aantal getroffen aanvraagdossiers (0 als er geen persoonsgegevens betrokken zijn)",
                "Number of application files affected (0 when no personal data is involved)"));
        return new Product("Beveiligingsincident", of("Beveiligingsincident / datalek", "Security incident / data breach"),
                List.of(environment(), impactQuestion, dossierQuestion), List.of(
                when("K", any(choice(impact, "grootschalige-uitval"),
                        range(dossiers, 1000, false, null, false, of("Grootschalig datalek klantgegevens (> 1000 aanvraagdossiers) getroffen.",
                                "Large-scale breach of customer data (> 1000 application files) affected."))), "K"),
                when("H", any(choice(impact, "significant"),
                        range(dossiers, 100, true, 1000, true, of("Significante hoeveelheid persoonsgegevens (> 100 < 1000 aanvraagdossiers) getroffen.",
                                "Significant amount of personal data (> 100 < 1000 application files) affected."))), "H"),
                when("M", any(choice(impact, "beperkt"),
                        range(dossiers, 0, false, 100, false, of("Beperkte set persoonsgegevens (< 100 aanvraagdossiers) getroffen.",
                                "Limited set of personal data (< 100 application files) affected."))), "M")),
                "L", of("Geen persoonsgegevens betrokken bij het beveiligingsincident; geen impact op de werking van de diensten.",
                        "No personal data involved in the security incident; no impact on the working of the services."),
                null, ENVIRONMENT, PRODUCTION);
    }

    private static final class LevelOptions {
        final String level;
        final List<Question.Option> options;

        LevelOptions(String level, List<Question.Option> options) {
            this.level = level;
            this.options = options;
        }
    }

    private static LevelOptions level(String level, Question.Option... options) {
        return new LevelOptions(level, List.of(options));
    }

    /** A product whose single question lists the seed's criteria; each criterion decides its level. */
    private static Product byCriterion(String key, Translated name, Translated questionLabel, List<LevelOptions> levels,
                                       Product.Cap cap) {
        String question = "situatie";
        Question situation = Question.choice(question, questionLabel,
                levels.stream().flatMap(l -> l.options.stream()).toArray(Question.Option[]::new));
        List<PriorityRule> rules = levels.stream()
                .map(l -> when(l.level, choice(question, l.options.stream().map(Question.Option::key).toArray(String[]::new)), l.level))
                .collect(java.util.stream.Collectors.toList());
        LevelOptions lowest = levels.get(levels.size() - 1);
        return new Product(key, name, List.of(environment(), situation), rules, lowest.level, lowest.options.get(0).label(),
                cap, ENVIRONMENT, PRODUCTION);
    }

    /** Seed 001: impact x urgency gives Prio 1, 2 or 3. */
    public static PriorityScheme mijnOverheid() {
        Question impact = Question.choice("impact", of("Impact", "Impact"),
                option("hoog", "Hoog: de website MijnOverheid of de Berichtenbox is voor alle gebruikers onbereikbaar, of er is sprake van een informatiebeveiligingsincident.",
                        "High: the MijnOverheid website or the Berichtenbox cannot be reached by any user, or there is an information security incident."),
                option("midden", "Midden: één of meerdere koppelvlakken werken niet (leverancier persoonlijke gegevens, berichtaanlevering etc.).",
                        "Medium: one or more interfaces do not work (supplier of personal data, message delivery etc.)."),
                option("laag", "Laag: één of meerdere burgers ervaren een incident wat niet in de categorie Hoog of Midden geclassificeerd wordt.",
                        "Low: one or more citizens experience an incident not classified as High or Medium."));
        Question urgency = Question.choice("urgentie", of("Urgentie", "Urgency"),
                option("hoog", "Hoog: uitstel van de dienstverlening is niet mogelijk; de dienstverlening moet onmiddellijk worden hersteld.",
                        "High: postponing the service is impossible; it must be restored at once."),
                option("midden", "Midden: uitstel is beperkt mogelijk.", "Medium: postponing is possible to a limited extent."),
                option("laag", "Laag: uitstel is mogelijk; het moment van herstel wordt in overleg met de melder bepaald.",
                        "Low: postponing is possible; the moment of repair is agreed with the reporter."));
        Map<String, Map<String, String>> cells = Map.of(
                "hoog", Map.of("hoog", "1", "midden", "2", "laag", "3"),
                "midden", Map.of("hoog", "2", "midden", "3", "laag", "3"),
                "laag", Map.of("hoog", "3", "midden", "3", "laag", "3"));
        Product product = new Product("MijnOverheid", of("MijnOverheid", "MijnOverheid"), List.of(impact, urgency),
                List.of(matrix("impact-urgentie", "urgentie", "impact", transpose(cells))), "3",
                of("Geen combinatie van impact en urgentie bekend.", "No combination of impact and urgency known."), null, null, null);
        return new PriorityScheme("mijnoverheid", of("MijnOverheid (Logius)", "MijnOverheid (Logius)"), List.of(
                new PriorityScheme.Level("1", of("Prio 1 - Hoog", "Prio 1 - High")),
                new PriorityScheme.Level("2", of("Prio 2 - Midden", "Prio 2 - Medium")),
                new PriorityScheme.Level("3", of("Prio 3 - Laag", "Prio 3 - Low"))), List.of(product), List.of());
    }

    /** cells[impact][urgency] as rows of urgency, the way the seed's table reads. */
    private static Map<String, Map<String, String>> transpose(Map<String, Map<String, String>> byImpact) {
        Map<String, Map<String, String>> byUrgency = new LinkedHashMap<>();
        byImpact.forEach((impact, row) -> row.forEach((urgency, level) ->
                byUrgency.computeIfAbsent(urgency, u -> new LinkedHashMap<>()).put(impact, level)));
        return byUrgency;
    }

    /**
     * Seed 002: Prio 1 when all its criteria hold, Prio 2 for important functionality or hindered users, else 3;
     * calamiteit beside it when any of the seed's nine criteria holds, each in the seed's words.
     */
    public static PriorityScheme mitz() {
        Question functionality = Question.choice("functionaliteit", of("Welke systeemfunctionaliteit is niet beschikbaar of niet bruikbaar?",
                        "Which system functionality is unavailable or unusable?"),
                option("bedrijfskritisch", "bedrijfskritische systeemfunctionaliteit is niet beschikbaar of niet bruikbaar",
                        "business-critical system functionality is unavailable or unusable"),
                option("belangrijk", "belangrijke systeemfunctionaliteit is niet beschikbaar of niet bruikbaar, of het totale systeem presteert niet volgens de norm",
                        "important system functionality is unavailable or unusable, or the whole system does not perform to the norm"),
                option("niet-kritiek", "niet-kritieke of niet-belangrijke systeemfunctionaliteit is niet beschikbaar of niet bruikbaar",
                        "non-critical or non-important system functionality is unavailable or unusable"));
        Question share = Question.percentage("eindgebruikers", of("Aandeel getroffen eindgebruikers (%)", "Share of end users affected (%)"), true);
        Question workaround = Question.yesNo("workaround", of("Is er een workaround beschikbaar?", "Is a workaround available?"));
        Question hindered = Question.yesNo("belemmerd", of("Belemmert de verstoring eindgebruikers in hun werkzaamheden?",
                "Does the disruption hinder end users in their work?"));
        Question environment = environment();
        // The nine calamiteit criteria of seed 002 ("Een incident is een calamiteit wanneer:"), one question each.
        List<Question> calamity = List.of(
                Question.yesNo("langer-dan-responsetijd", of("Overstijgt de verwachte verstoringsduur de afgesproken responsetijden binnen het Beschikbaarheidsvenster?",
                        "Does the expected duration of the disruption exceed the agreed response times within the availability window?")),
                Question.number("connectors", of("Aantal betrokken Mitz Connectors", "Number of Mitz Connectors involved")),
                Question.yesNo("ernstige-hinder", of("Wordt directe en ernstige hinder ondervonden?", "Is direct and serious hindrance experienced?")),
                Question.yesNo("vertrouwelijkheid", of("Heeft het impact op vertrouwelijkheid en integriteit?", "Does it affect confidentiality and integrity?")),
                Question.yesNo("meldplichtig-datalek", of("Is er sprake van een meldplichtig datalek als bedoeld in de meldplicht datalekken?",
                        "Is it a data breach that must be reported under the data breach notification duty?")),
                Question.yesNo("imago", of("Heeft het een grote impact op het imago van Mitz en het vertrouwen van burgers, zorgaanbieders en deelnemers in de voorziening?",
                        "Does it strongly affect the image of Mitz and the trust of citizens, care providers and participants in the service?")),
                Question.yesNo("langer-dan-4-uur", of("Duurt de verwachte verstoring ofwel onbeschikbaarheid van het stelsel langer dan 4 uur?",
                        "Will the expected disruption or unavailability of the system last longer than 4 hours?")),
                Question.yesNo("politiek", of("Spelen er politieke beslissingen of implicaties, bijvoorbeeld in het geval van een uitspraak van de Autoriteit Persoonsgegevens?",
                        "Are political decisions or implications involved, for example a ruling of the Dutch Data Protection Authority?")),
                Question.yesNo("fundamentele-kwetsbaarheid", of("Betreft het een fundamentele juridische of technische kwetsbaarheid die betrekking heeft op de opzet of structuur van Mitz?",
                        "Is it a fundamental legal or technical vulnerability concerning the design or structure of Mitz?")));
        List<Question> questions = new java.util.ArrayList<>(List.of(environment, functionality, share, workaround, hindered));
        questions.addAll(calamity);
        Product product = new Product("Mitz", of("Mitz", "Mitz"), questions, List.of(
                when("prio-1", all(choice("functionaliteit", "bedrijfskritisch"),
                        range("eindgebruikers", 25, true, null, false, of("de verstoring heeft impact op minimaal 25% van de eindgebruikers",
                                "the disruption affects at least 25% of end users")),
                        yesNo("workaround", false, of("er is geen workaround beschikbaar", "no workaround is available")),
                        choice(ENVIRONMENT, PRODUCTION)), "1"),
                when("prio-2", any(choice("functionaliteit", "bedrijfskritisch", "belangrijk"),
                        yesNo("belemmerd", true, of("functionele problemen of performanceproblemen belemmeren eindgebruikers in het uitvoeren van hun werkzaamheden",
                                "functional or performance problems hinder end users in their work"))), "2")),
                "3", of("niet-kritieke of niet-belangrijke systeemfunctionaliteit; de verstoring belemmert de eindgebruikers niet",
                        "non-critical or non-important functionality; the disruption does not hinder end users"),
                null, ENVIRONMENT, PRODUCTION);
        // Each reason is the seed's own bullet, word for word.
        PriorityScheme.FlagRule calamiteit = new PriorityScheme.FlagRule("calamiteit", any(
                yesNo("langer-dan-responsetijd", true, of("de verwachte verstoringsduur de afgesproken responsetijden binnen het Beschikbaarheidsvenster overstijgt",
                        "the expected duration of the disruption exceeds the agreed response times within the availability window")),
                range("connectors", 2, true, null, false, of("tenminste twee Mitz Connectors betrokken zijn", "at least two Mitz Connectors are involved")),
                yesNo("ernstige-hinder", true, of("directe en ernstige hinder wordt ondervonden", "direct and serious hindrance is experienced")),
                yesNo("vertrouwelijkheid", true, of("het impact heeft op vertrouwelijkheid en integriteit", "it affects confidentiality and integrity")),
                yesNo("meldplichtig-datalek", true, of("sprake is van een meldplichtig datalek als bedoeld in de meldplicht datalekken",
                        "it is a data breach that must be reported under the data breach notification duty")),
                yesNo("imago", true, of("het een grote impact heeft op het imago van Mitz en het vertrouwen van burgers, zorgaanbieders en deelnemers in de voorziening",
                        "it strongly affects the image of Mitz and the trust of citizens, care providers and participants in the service")),
                yesNo("langer-dan-4-uur", true, of("de verwachte verstoring ofwel onbeschikbaarheid van het stelsel langer dan 4 uur duurt",
                        "the expected disruption or unavailability of the system lasts longer than 4 hours")),
                yesNo("politiek", true, of("er politieke beslissingen of implicaties spelen, bijvoorbeeld in het geval van een uitspraak van de Autoriteit Persoonsgegevens",
                        "political decisions or implications are involved, for example a ruling of the Dutch Data Protection Authority")),
                yesNo("fundamentele-kwetsbaarheid", true, of("het een fundamentele juridische of technische kwetsbaarheid betreft en dus betrekking heeft op de opzet of structuur van Mitz",
                        "it is a fundamental legal or technical vulnerability and so concerns the design or structure of Mitz"))));
        return new PriorityScheme("mitz", of("Mitz", "Mitz"), List.of(
                new PriorityScheme.Level("1", of("Prio 1", "Prio 1")),
                new PriorityScheme.Level("2", of("Prio 2", "Prio 2")),
                new PriorityScheme.Level("3", of("Prio 3", "Prio 3"))), List.of(product), List.of(calamiteit));
    }

    /** Seed 003: by the share of usual users who cannot use the system; a workaround turns a priority-2 case into 4. */
    public static PriorityScheme borgerDk() {
        Question share = Question.percentage("andel-brugere", of("Aandeel gebruikers dat het systeem niet kan gebruiken (%)",
                "Share of usual users who cannot use the system (%)"), false);
        Question security = Question.yesNo("sikkerhedsbrist", of("Is er een kritiek beveiligingslek (onbevoegde toegang tot of verlies van persoonsgegevens)?",
                "Is there a critical security breach (unauthorised access to or loss of personal data)?"));
        Question workaround = Question.yesNo("work-around", of("Kan de leverancier een work-around aanwijzen?", "Can the supplier point out a work-around?"));
        Question central = Question.yesNo("centrale-funktioner", of("Zijn centrale functies geraakt?", "Are central functions affected?"));
        Product product = new Product("Borger.dk", of("Borger.dk", "Borger.dk"), List.of(share, security, workaround, central), List.of(
                when("kritisk", any(range("andel-brugere", 20, false, null, false, of("Meer dan 20 % van de gebruikelijke gebruikers kan het systeem niet bereiken en/of gebruiken",
                                "More than 20 % of the usual users cannot access and/or use the system")),
                        yesNo("sikkerhedsbrist", true, of("Het incident is een kritiek beveiligingslek", "The incident is a critical security breach"))), "1"),
                when("work-around", all(range("andel-brugere", 5, false, null, false, of("Meer dan 5 % van de gebruikelijke gebruikers kan het systeem niet bereiken en/of gebruiken",
                                "More than 5 % of the usual users cannot access and/or use the system")),
                        yesNo("work-around", true, of("Een fout van het karakter van prioriteit 2, waarvoor de leverancier een work-around kan aanwijzen",
                                "A fault of priority-2 character for which the supplier can point out a work-around"))), "4"),
                when("høj", range("andel-brugere", 5, false, null, false, of("Meer dan 5 % van de gebruikelijke gebruikers kan het systeem niet bereiken en/of gebruiken",
                        "More than 5 % of the usual users cannot access and/or use the system")), "2"),
                when("lav", any(range("andel-brugere", null, false, 5, true, of("5 % of minder van de gebruikelijke gebruikers kan het systeem niet bereiken en/of gebruiken",
                                "5 % or fewer of the usual users cannot access and/or use the system")),
                        yesNo("centrale-funktioner", false, of("Functies die niet centraal zijn voor de taken in het systeem kunnen niet foutloos worden uitgevoerd",
                                "Functions that are not central to the system cannot be completed without errors"))), "4")),
                "3", of("Een incident dat opgelost moet worden, maar niet kritiek of aanzienlijk is voor de beschikbaarheid van de afgesproken IT-dienst",
                        "An incident that must be solved but is not critical or significant for the availability of the agreed IT service"),
                null, null, null);
        return new PriorityScheme("borger-dk", of("Borger.dk", "Borger.dk"), List.of(
                new PriorityScheme.Level("1", of("1 Kritiek", "1 Critical")),
                new PriorityScheme.Level("2", of("2 Hoog", "2 High")),
                new PriorityScheme.Level("3", of("3 Middel", "3 Medium")),
                new PriorityScheme.Level("4", of("4 Laag", "4 Low"))), List.of(product), List.of());
    }
}
