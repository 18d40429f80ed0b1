package nl.mijnaansluiting.servicedesk.request;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.mijnaansluiting.servicedesk.error.FieldError;
import nl.mijnaansluiting.servicedesk.error.ProblemException;
import org.junit.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

public class TemplateDefinitionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    public void everyShippedTemplateSurvivesTheRoundTrip() {
        for (RequestTemplate template : TemplateCatalogue.mijnAansluiting().all()) {
            String json = TemplateDefinitions.write(template);
            assertEquals(json, TemplateDefinitions.write(TemplateDefinitions.read(json)));
        }
    }

    private static List<String> refusedFields(String json) throws Exception {
        try {
            TemplateDefinitions.read(JSON.readTree(json));
            fail("expected a refusal");
            return null;
        } catch (ProblemException e) {
            return e.fieldErrors().isEmpty() ? List.of(e.field()) : e.fieldErrors().stream().map(FieldError::field)
                    .collect(Collectors.toList());
        }
    }

    @Test
    public void everyWrongPlaceIsNamedAtOnce() throws Exception {
        assertEquals(List.of("key", "group", "name.nl", "fields[0].type", "fields[1].key", "fields[1].options",
                        "fields[2].notInPast"),
                refusedFields("{\"key\":\"Fout Key\",\"group\":\"X\",\"name\":{\"en\":\"only english\"},\"fields\":["
                        + "{\"key\":\"a\",\"type\":\"BLOB\",\"label\":{\"nl\":\"A\"}},"
                        + "{\"key\":\"a\",\"type\":\"CHOICE\",\"label\":{\"nl\":\"B\"},\"options\":[]},"
                        + "{\"key\":\"c\",\"type\":\"TEXT\",\"label\":{\"nl\":\"C\"},\"notInPast\":true}]}"));
    }

    @Test
    public void aTemplateNeedsFieldsAndAnObject() throws Exception {
        assertEquals(List.of("fields"), refusedFields("{\"key\":\"x\",\"group\":\"INCIDENT\",\"name\":{\"nl\":\"X\"}}"));
        assertEquals(List.of("definition"), refusedFields("[1,2]"));
    }

    @Test
    public void englishFallsBackToDutch() throws Exception {
        JsonNode json = JSON.readTree("{\"key\":\"x\",\"group\":\"SERVICE_REQUEST\",\"name\":{\"nl\":\"Vraag\"},"
                + "\"fields\":[{\"key\":\"kleur\",\"type\":\"CHOICE\",\"label\":{\"nl\":\"Kleur\"},"
                + "\"options\":[{\"key\":\"rood\",\"label\":{\"nl\":\"Rood\",\"en\":\"Red\"}}]}]}");
        RequestTemplate template = TemplateDefinitions.read(json);
        assertEquals("Vraag", template.name().english());
        assertEquals("Red", template.fields().get(0).options().get(0).label().english());
    }
}
