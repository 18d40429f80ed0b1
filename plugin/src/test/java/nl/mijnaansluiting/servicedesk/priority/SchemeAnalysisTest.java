package nl.mijnaansluiting.servicedesk.priority;

import nl.mijnaansluiting.servicedesk.error.FieldError;
import nl.mijnaansluiting.servicedesk.text.Translated;
import org.junit.Test;

import java.util.List;
import java.util.stream.Collectors;

import static nl.mijnaansluiting.servicedesk.priority.Condition.all;
import static nl.mijnaansluiting.servicedesk.priority.Condition.any;
import static nl.mijnaansluiting.servicedesk.priority.Condition.choice;
import static nl.mijnaansluiting.servicedesk.priority.Condition.range;
import static nl.mijnaansluiting.servicedesk.priority.Condition.yesNo;
import static nl.mijnaansluiting.servicedesk.priority.PriorityRule.when;
import static nl.mijnaansluiting.servicedesk.priority.Question.option;
import static org.junit.Assert.assertEquals;

/** Warnings for rules that can never match and for rules that overlap with another level. */
public class SchemeAnalysisTest {

    private static final Translated WHY = Translated.of("omdat", "because");

    private static List<String> warnings(PriorityRule... rules) {
        Product product = new Product("P", WHY, List.of(
                Question.choice("situatie", WHY, option("a", "A", "A"), option("b", "B", "B"), option("c", "C", "C")),
                Question.number("aantal", WHY), Question.yesNo("workaround", WHY)),
                List.of(rules), "L", WHY, null, null, null);
        PriorityScheme scheme = new PriorityScheme("s", WHY, List.of(new PriorityScheme.Level("H", WHY),
                new PriorityScheme.Level("L", WHY)), List.of(product), List.of());
        return SchemeAnalysis.warnings(scheme).stream()
                .map(w -> w.field() + " " + w.messageKey().replace("ma.priority.warning.", "") + " " + List.of(w.arguments()))
                .collect(Collectors.toList());
    }

    @Test
    public void disjointRulesGiveNoWarning() {
        assertEquals(List.of(), warnings(when("1", choice("situatie", "a"), "H"), when("2", choice("situatie", "b", "c"), "L")));
        // Criteria on different questions can both hold: situatie b with 200 is both rule 2 and rule 3.
        assertEquals(List.of("products[0].rules[2] overlap [3, 2]"), warnings(when("1", choice("situatie", "a"), "H"),
                when("2", choice("situatie", "b", "c"), "L"), when("3", range("aantal", 100, true, null, false, WHY), "H")));
    }

    @Test
    public void aRuleAnEarlierOneAlwaysDecidesIsShadowed() {
        assertEquals(List.of("products[0].rules[1] shadowed [2, 1]"), warnings(
                when("1", any(choice("situatie", "a", "b"), range("aantal", 10, true, null, false, WHY)), "H"),
                when("2", all(choice("situatie", "b"), yesNo("workaround", false, WHY)), "L")));
        assertEquals(List.of("products[0].rules[1] shadowed [2, 1]"), warnings(
                when("1", range("aantal", 100, false, null, false, WHY), "H"),
                when("2", range("aantal", 1000, true, 5000, true, WHY), "L")));
    }

    @Test
    public void contradictoryCriteriaNeverMatch() {
        assertEquals(List.of("products[0].rules[0] never-matches [1]"), warnings(
                when("1", range("aantal", 1000, false, 100, false, WHY), "H")));
        assertEquals(List.of("products[0].rules[0] never-matches [1]"), warnings(
                when("1", all(choice("situatie", "a"), choice("situatie", "b")), "H")));
        assertEquals(List.of("products[0].rules[0] never-matches [1]"), warnings(
                when("1", range("aantal", 100, false, 100, true, WHY), "H")));
    }

    @Test
    public void overlappingRulesWithAnotherLevelAreNamed() {
        assertEquals(List.of("products[0].rules[1] overlap [2, 1]"), warnings(
                when("1", range("aantal", 100, true, null, false, WHY), "H"),
                when("2", range("aantal", null, false, 100, true, WHY), "L")));
        // Touching bounds that exclude each other do not overlap; the same level does not count.
        assertEquals(List.of(), warnings(
                when("1", range("aantal", 100, false, null, false, WHY), "H"),
                when("2", range("aantal", null, false, 100, true, WHY), "L")));
        assertEquals(List.of(), warnings(
                when("1", range("aantal", 100, true, null, false, WHY), "L"),
                when("2", range("aantal", 50, true, null, false, WHY), "L")));
    }

    @Test
    public void thePresetsWarnOnlyWhereTheSeedLetsTheHighestWin() {
        List<String> found = PriorityPresets.schemes().values().stream()
                .flatMap(s -> SchemeAnalysis.warnings(s).stream().map(w -> s.key() + " " + w.field() + " "
                        + w.messageKey().replace("ma.priority.warning.", "") + " " + List.of(w.arguments())))
                .collect(Collectors.toList());
        assertEquals(List.of(
                // Beveiligingsincident: impact and aanvraagdossiers each decide; the highest level wins.
                "mijn-aansluiting products[4].rules[1] overlap [H, K]",
                "mijn-aansluiting products[4].rules[2] overlap [M, K]",
                "mijn-aansluiting products[4].rules[2] overlap [M, H]",
                // Mitz: Prio 1 needs business-critical functionality, which is also a Prio 2 criterion.
                "mitz products[0].rules[1] overlap [prio-2, prio-1]",
                // Borger.dk: more than 20 % is priority 1 before the work-around turns > 5 % into 4 (the level
                // "lav" gives too, so those two do not count as overlapping).
                "borger-dk products[0].rules[1] overlap [work-around, kritisk]",
                "borger-dk products[0].rules[2] overlap [høj, kritisk]",
                "borger-dk products[0].rules[2] overlap [høj, work-around]",
                "borger-dk products[0].rules[3] overlap [lav, kritisk]",
                "borger-dk products[0].rules[3] overlap [lav, høj]"), found);
    }
}
