package nl.mijnaansluiting.servicedesk.descriptor;

import org.junit.BeforeClass;
import org.junit.Test;

import java.io.File;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertThat;
import static org.junit.Assert.assertTrue;

/** The installable plugin jar as built by `mvn package`: an OSGi bundle Jira can install. */
public class PluginJarIT {

    private static JarFile jar;

    @BeforeClass
    public static void openJar() throws IOException {
        File[] jars = new File("target").listFiles((dir, name) ->
                name.startsWith("ma-servicedesk-plugin-") && name.endsWith(".jar") && !name.contains("sources"));
        assertNotNull(jars);
        assertEquals("one plugin jar in target/", 1, jars.length);
        jar = new JarFile(jars[0]);
    }

    private static List<String> entries() {
        return Collections.list(jar.entries()).stream().map(e -> e.getName()).collect(Collectors.toList());
    }

    @Test
    public void holdsTheDescriptorTheTranslationsAndTheSpringWiring() {
        List<String> names = entries();
        assertTrue(names.contains("atlassian-plugin.xml"));
        assertTrue(names.contains("i18n/ma-servicedesk.properties"));
        assertTrue(names.contains("i18n/ma-servicedesk_en.properties"));
        assertTrue(names.contains("i18n/ma-servicedesk_nl.properties"));
        assertTrue(names.contains("META-INF/spring/plugin-context.xml"));
        assertTrue(names.contains("templates/home.vm"));
    }

    @Test
    public void holdsNoAtlassianOrOsWorkflowClass() {
        List<String> forbidden = entries().stream()
                .filter(n -> n.startsWith("com/atlassian/") || n.startsWith("com/opensymphony/")
                        || n.startsWith("net/java/ao/") || n.startsWith("javax/ws/rs/") || n.startsWith("javax/servlet/"))
                .collect(Collectors.toList());
        assertEquals(List.of(), forbidden);
        assertTrue(entries().stream().noneMatch(n -> n.matches("META-INF/lib/(jira-compat|activeobjects|osworkflow).*")));
    }

    /**
     * In Jira, JSM raises and lists requests: the sandbox's portal, its request classes and templates stay
     * out; so does the Active Objects host (ao-host), which Jira's AO plugin is.
     */
    @Test
    public void holdsNothingOnlyTheSandboxUses() {
        List<String> sandboxOnly = entries().stream()
                .filter(n -> n.matches("nl/mijnaansluiting/servicedesk/request/"
                        + "(Intake|Submission|ServiceRequests?|RequestComment|RequestAction|RequestAttachment|Upload)(\\$.*)?\\.class")
                        || n.startsWith("templates/portal/") || n.startsWith("sandbox/")
                        || n.startsWith("nl/mijnaansluiting/servicedesk/sandbox/")
                        || n.startsWith("nl/mijnaansluiting/servicedesk/aohost/") || n.startsWith("META-INF/lib/ao-host"))
                .collect(Collectors.toList());
        assertEquals(List.of(), sandboxOnly);
    }

    /*
     * EXPECTED TO FAIL on branch move-sandbox-only until the branch that stops bundling Jackson is merged
     * (issue 11): Jira exports its own Jackson 2 to plugins, so the jar must not carry one in META-INF/lib.
     */
    @Test
    public void bundlesNoJackson() {
        assertEquals(List.of(), entries().stream().filter(n -> n.startsWith("META-INF/lib/jackson-"))
                .collect(Collectors.toList()));
    }

    @Test
    public void isATransformerlessOsgiBundleImportingTheAtlassianApis() throws IOException {
        Attributes manifest = jar.getManifest().getMainAttributes();
        assertEquals("nl.mijnaansluiting.servicedesk", manifest.getValue("Bundle-SymbolicName"));
        assertEquals("nl.mijnaansluiting.servicedesk", manifest.getValue("Atlassian-Plugin-Key"));
        assertEquals("2", manifest.getValue("Bundle-ManifestVersion"));
        String imports = manifest.getValue("Import-Package");
        for (String api : new String[] {"com.atlassian.activeobjects.external", "com.atlassian.sal.api.user",
                "com.atlassian.templaterenderer", "com.atlassian.plugins.rest.api.security.annotation",
                "net.java.ao", "javax.ws.rs", "javax.servlet.http"}) {
            assertThat(imports, containsString(api));
        }
        assertThat(imports, not(containsString("java.lang")));
    }

    @Test
    public void bundlesItsThirdPartyLibraries() throws IOException {
        String classPath = jar.getManifest().getMainAttributes().getValue("Bundle-ClassPath");
        assertThat(classPath, containsString("META-INF/lib/jollyday-core-"));
        assertTrue(entries().stream().anyMatch(n -> n.startsWith("META-INF/lib/jollyday-core-")));
    }
}
