package nl.mijnaansluiting.servicedesk.priority;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.mijnaansluiting.servicedesk.error.FieldError;
import nl.mijnaansluiting.servicedesk.error.ProblemException;
import nl.mijnaansluiting.servicedesk.text.Messages;
import org.junit.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.hamcrest.CoreMatchers.hasItems;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.fail;

/** Schemes as JSON: written and read back unchanged, and a wrong definition refused with every place named. */
public class SchemeDefinitionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Messages messages = new Messages();

    @Test
    public void everyPresetReadsBackToTheSameDefinition() {
        for (PriorityScheme preset : PriorityPresets.schemes().values()) {
            String written = SchemeDefinitions.write(preset);
            assertEquals(preset.key(), written, SchemeDefinitions.write(SchemeDefinitions.read(written)));
        }
    }

    @Test
    public void theMatrixIsWrittenInTheOrderOfTheSeedsTable() throws Exception {
        JsonNode rule = JSON.readTree(SchemeDefinitions.write(PriorityPresets.mijnOverheid()))
                .at("/products/0/rules/0/matrix");
        assertEquals("urgentie", rule.get("rows").asText());
        assertEquals("{\"hoog\":{\"hoog\":\"1\",\"midden\":\"2\",\"laag\":\"3\"},"
                + "\"midden\":{\"hoog\":\"2\",\"midden\":\"3\",\"laag\":\"3\"},"
                + "\"laag\":{\"hoog\":\"3\",\"midden\":\"3\",\"laag\":\"3\"}}", rule.get("cells").toString());
    }

    @Test
    public void anEditedDefinitionDecidesAsEdited() throws Exception {
        ObjectNode json = (ObjectNode) JSON.readTree(SchemeDefinitions.write(PriorityPresets.mijnAansluiting()));
        // The LIP rule for M now also takes "issue met individuele aanvragen".
        ArrayNode options = (ArrayNode) json.at("/products/0/rules/2/when/options");
        options.add("individuele-aanvraag");
        PriorityScheme edited = SchemeDefinitions.read(json);
        assertEquals("M", edited.evaluate("LIP", Map.of("omgeving", "productie", "situatie", "individuele-aanvraag")).level());
        assertEquals("L", PriorityPresets.mijnAansluiting()
                .evaluate("LIP", Map.of("omgeving", "productie", "situatie", "individuele-aanvraag")).level());
    }

    @Test
    public void aWrongDefinitionIsRefusedNamingEveryWrongPlace() throws Exception {
        ObjectNode json = (ObjectNode) JSON.readTree(SchemeDefinitions.write(PriorityPresets.mijnAansluiting()));
        ((ObjectNode) json.at("/products/0/rules/0")).put("level", "X");
        ((ObjectNode) json.at("/products/1/questions/1")).put("type", "SLIDER");
        ((ArrayNode) json.at("/products/2/rules/1/when/options")).add("bestaat-niet");
        ((ObjectNode) json.at("/products/3/cap")).put("level", "Z");
        ((ObjectNode) json.at("/products/4/rules/0/when/any/1")).put("min", "veel");
        ((ObjectNode) json.at("/products/4/environment")).put("production", "prod");
        ((ObjectNode) json.at("/levels/1")).put("key", "K");
        json.put("key", "Mijn Aansluiting");
        List<String> fields = refused(json).stream().map(FieldError::field).collect(Collectors.toList());
        assertThat(fields, hasItems("key", "levels[1].key", "products[1].questions[1].type",
                "products[2].rules[1].when.options[2]", "products[4].rules[0].when.any[1].min",
                "products[4].environment.production"));
    }

    @Test
    public void errorsAreTranslated() throws Exception {
        ObjectNode json = (ObjectNode) JSON.readTree(SchemeDefinitions.write(PriorityPresets.borgerDk()));
        ((ObjectNode) json.at("/products/0/rules/0")).put("level", "9");
        FieldError error = refused(json).get(0);
        assertEquals("products[0].rules[0].level", error.field());
        assertEquals("9 is geen prioriteitsniveau van dit schema.",
                messages.text(Messages.DUTCH, error.messageKey(), error.arguments()));
        assertEquals("9 is not a priority level of this scheme.",
                messages.text(java.util.Locale.ENGLISH, error.messageKey(), error.arguments()));
    }

    @Test
    public void aMatrixNamesUnknownCellsAndLevels() throws Exception {
        ObjectNode json = (ObjectNode) JSON.readTree(SchemeDefinitions.write(PriorityPresets.mijnOverheid()));
        ObjectNode cells = (ObjectNode) json.at("/products/0/rules/0/matrix/cells");
        ((ObjectNode) cells.get("hoog")).put("midden", "4");
        ((ObjectNode) cells.get("laag")).put("extreem", "1");
        List<String> fields = refused(json).stream().map(FieldError::field).collect(Collectors.toList());
        assertEquals(List.of("products[0].rules[0].matrix.cells.hoog.midden", "products[0].rules[0].matrix.cells.laag.extreem"),
                fields);
    }

    @Test
    public void notJsonAtAllIsABadInputNamingTheDefinition() {
        try {
            SchemeDefinitions.parse("{\"key\":");
            fail("parsed");
        } catch (ProblemException e) {
            assertEquals("definition", e.field());
            assertEquals("ma.error.json.unfinished", e.messageKey());
        }
        try {
            SchemeDefinitions.parse("{\n  \"key\": \"x\"\n  \"name\": 1}");
            fail("parsed");
        } catch (ProblemException e) {
            // Where it goes wrong, in the admin's language, not the parser's English exception text.
            assertEquals("ma.error.json.at", e.messageKey());
            assertEquals(3, e.arguments()[0]);
        }
    }

    private static List<FieldError> refused(JsonNode json) {
        try {
            SchemeDefinitions.read(json);
        } catch (ProblemException e) {
            return e.fieldErrors();
        }
        throw new AssertionError("accepted");
    }
}
