package nl.mijnaansluiting.servicedesk.escalation;

import nl.mijnaansluiting.servicedesk.sla.Goal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.mijnaansluiting.servicedesk.error.FieldError;
import nl.mijnaansluiting.servicedesk.error.ProblemException;
import nl.mijnaansluiting.servicedesk.text.Messages;
import org.junit.Test;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** Escalation policies: the seeds' presets, read back from JSON unchanged, and wrong steps refused by name. */
public class EscalationDefinitionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Messages messages = new Messages();
    private static final Set<String> ROLE_GROUPS = Set.of(EscalationPresets.SERVICE_MANAGERS, EscalationPresets.FINAL_OWNERS);

    @Test
    public void thePresetsCarrySeed004sLevelsAndReasonsAndReadBackUnchanged() {
        assertEquals(List.of("vertraging", "prioriteitongelijkheid", "afwezigheid-specialist", "onbereikbaarheid", "stagnatie"),
                EscalationPresets.REASONS.stream().map(EscalationPolicy.Reason::key).collect(Collectors.toList()));
        assertEquals("Overschrijding van afgesproken datum en tijd", EscalationPresets.REASONS.get(0).meaning().dutch());
        for (EscalationPolicy policy : EscalationPresets.policies().values()) {
            assertEquals(List.of("Servicedesk", "Servicemanager", "Eindverantwoordelijke"),
                    policy.levels().stream().map(l -> l.dutch()).collect(Collectors.toList()));
            String json = EscalationDefinitions.toJson(policy).toString();
            assertEquals(policy.schemeKey(), json, EscalationDefinitions.toJson(EscalationDefinitions.read(
                    EscalationDefinitions.toJson(policy), ROLE_GROUPS::contains)).toString());
        }
    }

    @Test
    public void borgerDkEscalatesFunctionallyOnReactionAndHierarchicallyOnResolution() {
        EscalationPolicy borger = EscalationPresets.borgerDk();
        EscalationStep reaction = borger.stepsFor("reaction", "1").get(0);
        assertEquals(100, reaction.sharePercent());
        assertEquals("2nd-level-support", reaction.reassignTo().orElseThrow());
        assertEquals(false, reaction.raisesLevel());
        assertEquals(List.of(75, 100, 150), borger.stepsFor("resolution", "3").stream().map(EscalationStep::sharePercent)
                .collect(Collectors.toList()));
        assertTrue(borger.stepsFor("resolution", "3").get(1).raisesLevel());
        assertEquals(0.75, borger.stepsFor("resolution", "3").get(0).share(), 0.0);
    }

    @Test
    public void wrongStepsAreRefusedWithTheFieldNamed() throws Exception {
        ObjectNode json = EscalationDefinitions.toJson(EscalationPresets.mijnAansluiting());
        ((ObjectNode) json.at("/steps/1")).put("sharePercent", 60);           // reaction: 75 then 60
        ((ObjectNode) json.at("/steps/3")).put("sharePercent", 0);            // resolution 75 -> 0
        ((com.fasterxml.jackson.databind.node.ArrayNode) json.at("/steps/4/notify")).add("MANAGER");
        ObjectNode group = (ObjectNode) json.at("/steps/5");
        ((com.fasterxml.jackson.databind.node.ArrayNode) group.get("notify")).add("GROUP");
        group.putArray("groups").add("ma-servicemanagers").add("bestaat-niet");
        ObjectNode idle = (ObjectNode) json.at("/steps/6");
        idle.putArray("notify");
        idle.put("raiseLevel", false);
        idle.remove("comment");
        List<FieldError> errors = refused(json, ROLE_GROUPS::contains);
        assertEquals(List.of("steps[1].sharePercent", "steps[3].sharePercent", "steps[4].notify[2]", "steps[5].groups[1]", "steps[6]"),
                errors.stream().map(FieldError::field).collect(Collectors.toList()));
        assertEquals("Stappen van hetzelfde doel staan op volgorde van oplopend aandeel: 60 % komt na 75 %.",
                messages.text(Messages.DUTCH, errors.get(0).messageKey(), errors.get(0).arguments()));
        assertEquals("There is no group bestaat-niet.",
                messages.text(Locale.ENGLISH, errors.get(3).messageKey(), errors.get(3).arguments()));
    }

    @Test
    public void aGroupRecipientNeedsGroupsAndAPolicyNeedsLevelsAndReasons() throws Exception {
        ObjectNode json = (ObjectNode) JSON.readTree("{\"scheme\":\"mitz\",\"levels\":[{\"nl\":\"Servicedesk\"}],\"reasons\":[],"
                + "\"steps\":[{\"metric\":\"resolution\",\"sharePercent\":100,\"notify\":[\"GROUP\"]}]}");
        assertEquals(List.of("levels", "serviceManagers", "finalOwners", "reasons", "steps[0].groups"),
                refused(json, g -> true).stream().map(FieldError::field).collect(Collectors.toList()));
    }

    private static List<FieldError> refused(ObjectNode json, java.util.function.Predicate<String> groups) {
        try {
            EscalationDefinitions.read(json, groups);
        } catch (ProblemException e) {
            return e.fieldErrors();
        }
        throw new AssertionError("accepted");
    }

    @Test
    public void aMajorIncidentsStatusUpdateRepeatsEveryHourAndEachRoundHasItsOwnShare() {
        EscalationStep update = EscalationPresets.borgerDk().stepsFor(Goal.STATUS_UPDATE, "1").get(0);
        assertTrue(update.repeats());
        assertEquals(1.0, update.shareAt(0), 0.0);
        assertEquals(3.0, update.shareAt(2), 0.0);
        assertEquals("status-update@100", update.id());
        EscalationStep once = EscalationPresets.borgerDk().stepsFor(Goal.RESOLUTION, "2").get(1);
        assertEquals(1.0, once.shareAt(5), 0.0);
        EscalationStep forP1 = new EscalationStep(Goal.RESOLUTION, Set.of("2", "1"), 100, Set.of(EscalationStep.Recipient.ASSIGNEE),
                List.of(), null, false, null);
        assertEquals("resolution@100/1,2", forP1.id());
    }

    @Test
    public void roleGroupsMustExist() {
        ObjectNode json = EscalationDefinitions.toJson(EscalationPresets.mitz());
        json.put("finalOwners", "directie");
        List<FieldError> errors = refused(json, ROLE_GROUPS::contains);
        assertEquals(List.of("finalOwners"), errors.stream().map(FieldError::field).collect(Collectors.toList()));
        assertEquals("Er is geen groep directie.", messages.text(Messages.DUTCH, errors.get(0).messageKey(), errors.get(0).arguments()));
    }
}
