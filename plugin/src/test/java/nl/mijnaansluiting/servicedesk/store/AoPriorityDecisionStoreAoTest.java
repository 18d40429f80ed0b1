package nl.mijnaansluiting.servicedesk.store;

import net.java.ao.EntityManager;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DatabaseUpdater;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.jdbc.NonTransactional;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.access.Role;
import nl.mijnaansluiting.servicedesk.aohost.HostActiveObjects;
import nl.mijnaansluiting.servicedesk.aohost.JiraFieldNames;
import nl.mijnaansluiting.servicedesk.aohost.JiraTableNames;
import nl.mijnaansluiting.servicedesk.aohost.TestDatabase;
import nl.mijnaansluiting.servicedesk.priority.PriorityDecision;
import nl.mijnaansluiting.servicedesk.priority.PriorityDecisions;
import nl.mijnaansluiting.servicedesk.priority.PrioritySchemes;
import nl.mijnaansluiting.servicedesk.sla.RequestClocks;
import nl.mijnaansluiting.servicedesk.text.Messages;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** Priority decisions on H2 and PostgreSQL: derived again when answers change, the hand-set level kept. */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(TestDatabase.class)
@NameConverters(table = JiraTableNames.class, field = JiraFieldNames.class)
@Data(AoPriorityDecisionStoreAoTest.Schema.class)
public class AoPriorityDecisionStoreAoTest {

    public static final class Schema implements DatabaseUpdater {
        @Override
        @SuppressWarnings("unchecked")
        public void update(EntityManager entityManager) throws Exception {
            entityManager.migrate(PriorityDecisionEntity.class, AuditEntryEntity.class, SlaClockEntity.class, RequestSlaEntity.class, nl.mijnaansluiting.servicedesk.store.SlaClockEventEntity.class);
        }
    }

    private static final Caller AGENT = new Caller("agent", "Agent", Set.of(Role.AGENT), Set.of(), Messages.DUTCH);

    private EntityManager entityManager;
    private RequestClocks clocks;
    private PriorityDecisions decisions;

    @Before
    public void setUp() throws Exception {
        entityManager.deleteWithSQL(PriorityDecisionEntity.class, "ID > ?", 0);
        entityManager.deleteWithSQL(AuditEntryEntity.class, "ID > ?", 0);
        entityManager.deleteWithSQL(SlaClockEntity.class, "ID > ?", 0);
        entityManager.deleteWithSQL(nl.mijnaansluiting.servicedesk.store.SlaClockEventEntity.class, "ID > ?", 0);
        entityManager.deleteWithSQL(RequestSlaEntity.class, "ID > ?", 0);
        HostActiveObjects ao = new HostActiveObjects(entityManager);
        clocks = RequestClocks.presets(new AoClockStore(ao));
        decisions = new PriorityDecisions(new AoPriorityDecisionStore(ao), PrioritySchemes.presets(), new Messages(),
                new AoAuditLog(ao), Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneOffset.UTC), clocks);
    }

    @Test
    @NonTransactional
    public void changedAnswersAreDerivedAgainButAHandSetLevelIsKept() {
        decisions.derive("MA-1", "mijn-aansluiting", "DSP", Map.of("omgeving", "productie", "situatie", "geen-impact"));
        PriorityDecision derived = decisions.of("MA-1").orElseThrow();
        assertEquals("L", derived.level());
        assertFalse(derived.override().isPresent());
        assertTrue(derived.explanation().dutch().startsWith("Laag (L): "));
        clocks.start("MA-1", "mijn-aansluiting", "L", null, Instant.parse("2026-11-20T08:00:00Z"));
        java.time.Duration low = resolutionTarget();

        decisions.setByHand(AGENT, "MA-1", "H", "Deelnemer meldt alsnog uitval");
        java.time.Duration high = resolutionTarget();
        assertTrue("the SLA goal follows the hand-set level: " + low + " -> " + high, high.compareTo(low) < 0);
        decisions.derive("MA-1", "mijn-aansluiting", "DSP", Map.of("omgeving", "productie", "situatie", "specifieke-berichten"));
        PriorityDecision kept = decisions.of("MA-1").orElseThrow();
        assertEquals("H", kept.level());
        assertEquals("M", kept.derivedLevel());
        assertTrue(kept.mismatch());
        assertEquals("Deelnemer meldt alsnog uitval", kept.override().orElseThrow().reason());

        PriorityDecision again = decisions.letAnswersDecide(AGENT, "MA-1");
        assertEquals("M", again.level());
        assertTrue(resolutionTarget().compareTo(high) > 0);
        assertFalse(decisions.of("MA-1").orElseThrow().override().isPresent());
    }

    private java.time.Duration resolutionTarget() {
        return clocks.of("MA-1").stream().filter(c -> c.clock().metric().equals("resolution")).findFirst()
                .orElseThrow().clock().target();
    }

    @Test
    @NonTransactional
    public void acceptanceIncidentsRecordThatTheSlaDoesNotApply() {
        decisions.derive("MA-2", "mijn-aansluiting", "CAPO", Map.of("omgeving", "acceptatie", "situatie", "qas"));
        PriorityDecision decision = decisions.of("MA-2").orElseThrow();
        assertFalse(decision.slaApplies());
        assertTrue(decision.explanation().english().contains("applies only on the Production environment"));
    }

    @Test
    @NonTransactional
    public void aListReadsTheDecisionsOfAllItsRequestsAtOnceWithTheHandSetLevel() {
        decisions.derive("MA-3", "mijn-aansluiting", "DSP", Map.of("omgeving", "productie", "situatie", "geen-impact"));
        decisions.derive("MA-4", "mijn-aansluiting", "DSP", Map.of("omgeving", "productie", "situatie", "geen-impact"));
        decisions.setByHand(AGENT, "MA-4", "H", "Deelnemer meldt alsnog uitval");
        java.util.List<String> keys = new java.util.ArrayList<>(java.util.List.of("MA-3", "MA-4", "MA-404"));
        for (int i = 0; i < 600; i++) {
            keys.add("MA-" + (1000 + i));
        }
        Map<String, PriorityDecision> found = decisions.of(keys);
        assertEquals(java.util.Set.of("MA-3", "MA-4"), found.keySet());
        assertEquals("L", found.get("MA-3").level());
        assertEquals("H", found.get("MA-4").level());
        assertEquals("L", found.get("MA-4").derivedLevel());
        assertTrue(decisions.of(java.util.List.<String>of()).isEmpty());
    }
}
