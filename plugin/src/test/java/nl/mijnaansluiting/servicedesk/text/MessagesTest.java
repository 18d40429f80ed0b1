package nl.mijnaansluiting.servicedesk.text;

import org.junit.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class MessagesTest {

    private final Messages messages = new Messages();

    @Test
    public void dutchIsTheDefaultAndEnglishIsShipped() {
        assertEquals("Welkom, Anna", messages.text(Messages.DUTCH, "ma.home.welcome", "Anna"));
        assertEquals("Welcome, Anna", messages.text(Locale.UK, "ma.home.welcome", "Anna"));
    }

    @Test
    public void aHostReadingTheBundleAsResourceBundleDoesGivesADutchReaderDutchOnAnEnglishJvm() {
        // Jira's i18n may look the plugin's resource up with ResourceBundle's default fallback, which tries the JVM's
        // locale before the base bundle: the (empty) ma-servicedesk_nl.properties stops it there.
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            java.util.ResourceBundle.clearCache();
            java.util.ResourceBundle dutch = java.util.ResourceBundle.getBundle("i18n.ma-servicedesk", new Locale("nl", "NL"));
            assertEquals("Gebruiker van de add-on", dutch.getString("ma.addon-user.title"));
            assertEquals("The add-on's user",
                    java.util.ResourceBundle.getBundle("i18n.ma-servicedesk", Locale.UK).getString("ma.addon-user.title"));
        } finally {
            Locale.setDefault(before);
            java.util.ResourceBundle.clearCache();
        }
    }

    @Test
    public void aLanguageWeDoNotShipFallsBackToDutchNotToTheJvmDefault() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        try {
            assertEquals("Welkom, Anna", messages.text(Locale.GERMAN, "ma.home.welcome", "Anna"));
            assertEquals("Welkom, Anna", messages.text(null, "ma.home.welcome", "Anna"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    public void aTextWithArgumentsWritesItsApostrophesTwiceOrMessageFormatEatsThem() throws IOException {
        // "policy's {0}" comes out as "policys {0}": MessageFormat (ours and Jira's) reads ' as a quote.
        Pattern argument = Pattern.compile("\\{\\d");
        Pattern loneQuote = Pattern.compile("(?<!')'(?!')");
        for (String file : new String[] {"ma-servicedesk.properties", "ma-servicedesk_en.properties"}) {
            Properties texts = load(file);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                assertTrue(file + " " + key + ": " + text, !argument.matcher(text).find() || !loneQuote.matcher(text).find());
            }
        }
        assertEquals("The escalation policy's comments are by Hanna (manager).",
                messages.text(Locale.ENGLISH, "ma.addon-user.current", "Hanna", "manager"));
    }

    @Test
    public void aMissingKeyShowsTheKeyRatherThanFailing() {
        assertEquals("ma.no.such.key", messages.text(Messages.DUTCH, "ma.no.such.key"));
    }

    @Test
    public void bothLanguagesHaveExactlyTheSameKeys() throws IOException {
        Set<String> dutch = new TreeSet<>(load("ma-servicedesk.properties").stringPropertyNames());
        Set<String> english = new TreeSet<>(load("ma-servicedesk_en.properties").stringPropertyNames());
        Set<String> onlyDutch = new TreeSet<>(dutch);
        onlyDutch.removeAll(english);
        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(dutch);
        assertEquals("keys only in Dutch", Set.of(), onlyDutch);
        assertEquals("keys only in English", Set.of(), onlyEnglish);
    }

    @Test
    public void translationFilesAreAsciiSoJiraAndJavaReadThemAlike() throws IOException {
        for (String file : new String[] {"ma-servicedesk.properties", "ma-servicedesk_en.properties"}) {
            byte[] bytes = Files.readAllBytes(Path.of("i18n", file));
            for (int i = 0; i < bytes.length; i++) {
                assertTrue(file + " has a non-ASCII byte at " + i + "; write it as \\uXXXX", bytes[i] >= 0);
            }
        }
    }

    @Test
    public void everyKeyATemplateReadsExistsInBothLanguages() throws IOException {
        Properties dutch = load("ma-servicedesk.properties");
        Properties english = load("ma-servicedesk_en.properties");
        Pattern read = Pattern.compile("\\$texts\\.get\\(\"([a-z0-9.\\-]+)\"");
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : (Iterable<Path>) templates.filter(p -> p.toString().endsWith(".vm"))::iterator) {
                Matcher keys = read.matcher(Files.readString(template, StandardCharsets.UTF_8));
                while (keys.find()) {
                    assertTrue(template + " reads " + keys.group(1), dutch.containsKey(keys.group(1)));
                    assertTrue(template + " reads " + keys.group(1), english.containsKey(keys.group(1)));
                }
            }
        }
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("i18n", file))) {
            properties.load(in);
        }
        return properties;
    }
}
