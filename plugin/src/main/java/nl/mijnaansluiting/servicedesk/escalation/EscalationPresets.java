package nl.mijnaansluiting.servicedesk.escalation;

import nl.mijnaansluiting.servicedesk.sla.Goal;
import nl.mijnaansluiting.servicedesk.text.Translated;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static nl.mijnaansluiting.servicedesk.escalation.EscalationStep.Recipient.ASSIGNEE;
import static nl.mijnaansluiting.servicedesk.escalation.EscalationStep.Recipient.FINAL_OWNER;
import static nl.mijnaansluiting.servicedesk.escalation.EscalationStep.Recipient.SERVICE_MANAGER;
import static nl.mijnaansluiting.servicedesk.text.Translated.of;

/**
 * The escalation policies of the seed systems. Seed 004 gives the levels (servicedesk, servicemanager,
 * the final owner) and the five reasons; seed 003 escalates functionally or hierarchically when a goal
 * is not started or finished in time. The 100 % steps follow the seeds; the 75 % warnings and 150 %
 * steps are EXAMPLE values an admin sets to the contract.
 */
public final class EscalationPresets {

    public static final List<Translated> LEVELS = List.of(of("Servicedesk", "Service desk"),
            of("Servicemanager", "Service manager"), of("Eindverantwoordelijke", "Final owner"));

    /** Seed 004, "Escalatie": the five reasons with their meaning. */
    public static final List<EscalationPolicy.Reason> REASONS = List.of(
            reason("vertraging", "Vertraging", "Delay",
                    "Overschrijding van afgesproken datum en tijd", "The agreed date and time were exceeded"),
            reason("prioriteitongelijkheid", "Prioriteitongelijkheid", "Priority mismatch",
                    "De ene partij schat de prioriteit hoger in dan de andere, of andersom",
                    "One party rates the priority higher than the other, or the other way round"),
            reason("afwezigheid-specialist", "Afwezigheid specialist", "Specialist absent",
                    "Resources zijn niet of minder toegewijd beschikbaar dan afgesproken",
                    "Resources are not, or less dedicatedly, available than agreed"),
            reason("onbereikbaarheid", "(On)bereikbaarheid", "(Un)reachability",
                    "Onduidelijkheid over (on)bereikbaarheid van betrokkene(n)",
                    "Unclear whether the people involved can be reached"),
            reason("stagnatie", "Stagnatie", "Stagnation",
                    "Geen harde afspraken gemaakt en de gevoelsmatige doorlooptijd voor een actie is overschreden",
                    "No firm agreements were made and the felt lead time for an action has been exceeded"));

    /** The groups behind "the service manager" and "the final owner"; an admin points them at real groups. */
    public static final String SERVICE_MANAGERS = "ma-servicemanagers";
    public static final String FINAL_OWNERS = "ma-eindverantwoordelijken";

    private EscalationPresets() {
    }

    private static EscalationPolicy.Reason reason(String key, String dutch, String english, String meaningNl, String meaningEn) {
        return new EscalationPolicy.Reason(key, of(dutch, english), of(meaningNl, meaningEn));
    }

    public static Map<String, EscalationPolicy> policies() {
        Map<String, EscalationPolicy> policies = new LinkedHashMap<>();
        for (EscalationPolicy policy : List.of(mijnAansluiting(), mijnOverheid(), mitz(), borgerDk())) {
            policies.put(policy.schemeKey(), policy);
        }
        return policies;
    }

    private static EscalationStep step(String metric, int share, Set<EscalationStep.Recipient> notify, boolean raise,
                                       String reassignTo, Translated comment) {
        return new EscalationStep(metric, Set.of(), share, notify, List.of(), reassignTo, raise, comment);
    }

    private static List<EscalationStep> warnBreachAndBeyond(String metric) {
        return List.of(
                step(metric, 75, Set.of(ASSIGNEE), false, null, null),
                step(metric, 100, Set.of(ASSIGNEE, SERVICE_MANAGER), true, null,
                        of("SLA-doel verlopen: geëscaleerd naar de servicemanager.", "SLA goal breached: escalated to the service manager.")),
                step(metric, 150, Set.of(FINAL_OWNER), true, null,
                        of("SLA-doel ruim verlopen: geëscaleerd naar de eindverantwoordelijke.",
                                "SLA goal well past: escalated to the final owner.")));
    }

    /** Seed 003: a major incident's status is reported every hour; whoever handles it is reminded. */
    private static EscalationStep statusUpdates() {
        return new EscalationStep(Goal.STATUS_UPDATE, Set.of(), 100, Set.of(ASSIGNEE, SERVICE_MANAGER), List.of(), null, false,
                of("Major incident: tijd voor de volgende statusupdate.", "Major incident: time for the next status update."), true);
    }

    public static EscalationPolicy mijnAansluiting() {
        List<EscalationStep> steps = new java.util.ArrayList<>();
        steps.addAll(warnBreachAndBeyond(Goal.REACTION));
        steps.addAll(warnBreachAndBeyond(Goal.RESOLUTION));
        // A datalek must reach the Autoriteit Persoonsgegevens within 72 hours: the owner hears of it early.
        steps.add(step(Goal.AP_REPORT, 50, Set.of(SERVICE_MANAGER, FINAL_OWNER), false, null,
                of("Datalek: de melding aan de Autoriteit Persoonsgegevens moet binnen 72 uur na ontdekking.",
                        "Data breach: the report to the Dutch Data Protection Authority is due within 72 hours of discovery.")));
        steps.add(step(Goal.AP_REPORT, 100, Set.of(SERVICE_MANAGER, FINAL_OWNER), true, null, null));
        return new EscalationPolicy("mijn-aansluiting", LEVELS, REASONS, steps, SERVICE_MANAGERS, FINAL_OWNERS);
    }

    public static EscalationPolicy mijnOverheid() {
        List<EscalationStep> steps = new java.util.ArrayList<>(warnBreachAndBeyond(Goal.RESOLUTION));
        steps.add(step(Goal.ANSWER, 100, Set.of(ASSIGNEE, SERVICE_MANAGER), false, null, null));
        return new EscalationPolicy("mijnoverheid", LEVELS, REASONS, steps, SERVICE_MANAGERS, FINAL_OWNERS);
    }

    /** Seed 002/004: on stagnation to the Mitz-servicemanager; the RCA of a Prio 1 is watched too. */
    public static EscalationPolicy mitz() {
        List<EscalationStep> steps = new java.util.ArrayList<>(warnBreachAndBeyond(Goal.RESOLUTION));
        steps.add(step(Goal.RCA, 100, Set.of(SERVICE_MANAGER), true, null,
                of("De RCA is niet binnen 5 werkdagen na oplossing geleverd.", "The RCA was not delivered within 5 working days of resolution.")));
        // "In geval van een onderhanden RCA wordt wekelijks een RCA-overzicht met de status van de acties
        // opgeleverd": while it is open, a reminder every RCA target (5 working days: each working week), for
        // the two priorities that have an RCA (a step of its own beside the breach step above).
        steps.add(new EscalationStep(Goal.RCA, Set.of("1", "2"), 100, Set.of(ASSIGNEE, SERVICE_MANAGER), List.of(), null, false,
                of("Onderhanden RCA: lever het wekelijkse RCA-overzicht met de status van de acties op.",
                        "RCA in progress: deliver the weekly RCA overview with the status of the actions."), true));
        steps.add(statusUpdates());
        return new EscalationPolicy("mitz", LEVELS, REASONS, steps, SERVICE_MANAGERS, FINAL_OWNERS);
    }

    /** Seed 003, "Eskalation": not started in time is escalated functionally, not finished hierarchically. */
    public static EscalationPolicy borgerDk() {
        List<EscalationStep> steps = List.of(
                statusUpdates(),
                step(Goal.REACTION, 100, Set.of(SERVICE_MANAGER), false, "2nd-level-support",
                        of("Niet binnen de reactietijd opgepakt: functioneel geëscaleerd naar 2nd level support.",
                                "Not picked up within the reaction time: escalated functionally to 2nd level support.")),
                step(Goal.RESOLUTION, 75, Set.of(ASSIGNEE), false, null, null),
                // "Major Incident Post Review Rapport ... ca. indenfor 14 dage efter Major incident er løst".
                step(Goal.POST_REVIEW, 100, Set.of(ASSIGNEE, SERVICE_MANAGER), false, null,
                        of("Het Major Incident Post Review Rapport is niet binnen 14 dagen na de oplossing verstuurd.",
                                "The major incident post review report was not sent within 14 days of resolution.")),
                step(Goal.RESOLUTION, 100, Set.of(SERVICE_MANAGER), true, null,
                        of("Niet binnen de oplostijd opgelost: hiërarchisch geëscaleerd.",
                                "Not resolved within the resolution time: escalated hierarchically.")),
                step(Goal.RESOLUTION, 150, Set.of(FINAL_OWNER), true, null, null));
        return new EscalationPolicy("borger-dk", LEVELS, REASONS, steps, SERVICE_MANAGERS, FINAL_OWNERS);
    }
}
