package nl.mijnaansluiting.servicedesk.request;

import nl.mijnaansluiting.servicedesk.text.Translated;
import java.util.List;
import java.util.Optional;

import static nl.mijnaansluiting.servicedesk.text.Translated.of;

/**
 * The request templates of the portal. {@link #mijnAansluiting()} is the shipped default that matches
 * Mijn Aansluiting's portal (seed 000): "Storing melden" per product and the service requests, with
 * the wijzigingsverzoek asking what Logius asks for (seed 001) and DSP "Opdrachten annuleren" for
 * key-users only. The priority questions of an incident come from the product's priority scheme.
 */
public final class TemplateCatalogue {

    private final List<RequestTemplate> templates;

    public TemplateCatalogue(List<RequestTemplate> templates) {
        this.templates = List.copyOf(templates);
    }

    public List<RequestTemplate> all() {
        return templates;
    }

    public Optional<RequestTemplate> find(String key) {
        return templates.stream().filter(t -> t.key().equals(key)).findFirst();
    }

    public static TemplateCatalogue mijnAansluiting() {
        return new TemplateCatalogue(List.of(
                incident("storing-lip", "LIP", of("Storing melden: LIP", "Report an incident: LIP"),
                        of("Een verstoring in LIP (aanvragen, push-, pull- of Track & Trace-service, beheer-, combi- of helpdeskapplicatie).",
                                "A disruption in LIP (applications, push, pull or Track & Trace service, admin, combi or helpdesk application).")),
                incident("storing-dsp", "DSP", of("Storing melden: DSP", "Report an incident: DSP"),
                        of("Een verstoring in het berichtenverkeer via het DSP-platform, DSP Analytics of de acceptatieomgeving.",
                                "A disruption in messaging through the DSP platform, DSP Analytics or the acceptance environment.")),
                incident("storing-capo", "CAPO", of("Storing melden: CAPO", "Report an incident: CAPO"),
                        of("CAPO is niet bereikbaar, aanvragen en opdrachten worden niet getoond, of berichten komen niet aan.",
                                "CAPO cannot be reached, applications and orders are not shown, or messages do not arrive.")),
                incident("storing-rapportages", "Rapportages", of("Storing melden: Rapportages (PowerBI)", "Report an incident: Reports (PowerBI)"),
                        of("De rapportageomgeving is niet beschikbaar of bevat geen of onjuiste gegevens.",
                                "The reporting environment is unavailable or holds missing or wrong data.")),
                incident("beveiligingsincident", "Beveiligingsincident", of("Beveiligingsincident / datalek melden", "Report a security incident / data breach"),
                        of("Een beveiligingsincident of datalek. Een datalek moet binnen 72 uur bij de Autoriteit Persoonsgegevens gemeld zijn.",
                                "A security incident or data breach. A data breach must be reported to the Dutch Data Protection Authority within 72 hours.")),
                new RequestTemplate("informatievraag", RequestTemplate.Group.SERVICE_REQUEST, null,
                        of("Vraag stellen", "Ask a question"),
                        of("Een verzoek om informatie.", "A request for information."), false, List.of(
                        summary(),
                        TemplateField.textarea("vraag", of("Uw vraag", "Your question"), null, true))),
                new RequestTemplate("wijzigingsverzoek", RequestTemplate.Group.SERVICE_REQUEST, null,
                        of("Wijzigingsverzoek", "Change request"),
                        of("Een verzoek om de huidige functionaliteit te wijzigen of nieuwe functionaliteit toe te voegen.",
                                "A request to change current functionality or add new functionality."), false, List.of(
                        TemplateField.text("indiener", of("Indiener", "Submitted by"),
                                of("Naam en contactgegevens van de indiener van het wijzigingsverzoek.",
                                        "Name and contact details of whoever submits the change request."), true),
                        TemplateField.text("onderwerp", of("Onderwerp", "Subject"),
                                of("Een korte titel van het wijzigingsvoorstel.", "A short title of the proposed change."), true),
                        TemplateField.date("datum", of("Datum", "Date"),
                                of("De datum waarop het wijzigingsverzoek is ingediend.", "The date the change request was submitted."), true, false),
                        TemplateField.textarea("achtergrond", of("Achtergrond", "Background"),
                                of("Het probleem, het idee of de ambitie achter de gevraagde wijziging; de bijdrage aan het doel van de voorziening; wat er gebeurt als we de wijziging niet doorvoeren.",
                                        "The problem, idea or ambition behind the change; what it adds to the purpose of the service; what happens if it is not made."), true),
                        TemplateField.textarea("voorgestelde-wijziging", of("Voorgestelde wijziging", "Proposed change"),
                                of("Het op te leveren resultaat: wat is er klaar als het klaar is?", "The result to deliver: what is done when it is done?"), true),
                        TemplateField.date("gewenste-invoerdatum", of("Gewenste invoerdatum", "Desired implementation date"),
                                of("De datum waarop de wijziging moet zijn doorgevoerd.", "The date by which the change must be in place."), true, true),
                        TemplateField.textarea("waarom-deze-datum", of("Waarom deze datum", "Why this date"),
                                of("Waarom deze datum: wat is de businesswaarde?", "Why this date: what is the business value?"), false))),
                new RequestTemplate("dsp-opdrachten-annuleren", RequestTemplate.Group.SERVICE_REQUEST, "DSP",
                        of("DSP: Opdrachten annuleren", "DSP: Cancel orders"),
                        of("Opdrachten in DSP laten annuleren. Alleen key-users van de deelnemer kunnen dit verzoek indienen.",
                                "Have orders in DSP cancelled. Only key-users of the deelnemer can submit this request."), true, List.of(
                        // Optional here: without it the summary is the template's name and the first order numbers.
                        TemplateField.text("onderwerp", of("Onderwerp", "Subject"),
                                of("Een korte titel, bijvoorbeeld de partij of de reden.", "A short title, for example the party or the reason."), false),
                        TemplateField.textarea("opdrachten", of("Welke opdrachten", "Which orders"),
                                of("De opdrachtnummers, een per regel.", "The order numbers, one per line."), true),
                        TemplateField.textarea("reden", of("Waarom annuleren", "Why cancel"), null, true)))));
    }

    /**
     * The incident forms ask the questions of Mijn Aansluiting's priority scheme for their product: the scheme of the
     * add-on's own service desk, which the compliance report opens on.
     */
    public static final String PRIORITY_SCHEME = "mijn-aansluiting";

    /** The incident forms' field for when the outage began (seed 001: availability counts from then). */
    public static final String OUTAGE_START = "begin-verstoring";

    private static TemplateField summary() {
        return TemplateField.text("onderwerp", of("Onderwerp", "Subject"),
                of("Een korte samenvatting.", "A short summary."), true);
    }

    private static RequestTemplate incident(String key, String product, Translated name, Translated description) {
        return new RequestTemplate(key, RequestTemplate.Group.INCIDENT, product, name, description, false, List.of(
                summary(),
                TemplateField.textarea("omschrijving", of("Omschrijving", "Description"),
                        of("Wat gebeurt er, sinds wanneer, en wie merkt het?", "What happens, since when, and who notices it?"), true),
                // Seed 001: availability counts from when the outage began, which the deelnemer knows best.
                TemplateField.dateTime(OUTAGE_START, of("Begin van de verstoring", "Start of the disruption"),
                        of("Wanneer begon de verstoring? Leeg: het moment van melden.",
                                "When did the disruption begin? Empty: the moment of reporting."), false),
                TemplateField.attachment("bijlagen", of("Bijlagen", "Attachments"),
                        of("Schermafdrukken of logbestanden: hoogstens 5 bestanden van 10 MB.",
                                "Screenshots or log files: at most 5 files of 10 MB."), false)),
                PRIORITY_SCHEME);
    }
}
