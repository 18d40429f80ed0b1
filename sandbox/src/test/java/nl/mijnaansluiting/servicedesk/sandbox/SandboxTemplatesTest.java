package nl.mijnaansluiting.servicedesk.sandbox;

import org.junit.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/**
 * The sandbox's own templates (login, portal) read their texts from the plugin's translations: every key
 * they read exists in both languages. The plugin's MessagesTest checks the plugin's templates the same way.
 */
public class SandboxTemplatesTest {

    @Test
    public void everyKeyASandboxTemplateReadsExistsInBothLanguages() throws IOException {
        Properties dutch = load("i18n/ma-servicedesk.properties");
        Properties english = load("i18n/ma-servicedesk_en.properties");
        Pattern read = Pattern.compile("\\$texts\\.get\\(\"([a-z0-9.\\-]+)\"");
        List<String> missing = new ArrayList<>();
        int keys = 0;
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/sandbox/templates"))) {
            for (Path template : (Iterable<Path>) templates.filter(p -> p.toString().endsWith(".vm"))::iterator) {
                Matcher key = read.matcher(Files.readString(template, StandardCharsets.UTF_8));
                while (key.find()) {
                    keys++;
                    if (!dutch.containsKey(key.group(1)) || !english.containsKey(key.group(1))) {
                        missing.add(template.getFileName() + " reads " + key.group(1));
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
        assertTrue("the templates read texts at all", keys > 0);
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = SandboxTemplatesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(resource + " on the class path (from the plugin)", in);
            properties.load(in);
        }
        return properties;
    }
}
