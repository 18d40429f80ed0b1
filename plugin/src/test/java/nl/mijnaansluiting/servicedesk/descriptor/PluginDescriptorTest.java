package nl.mijnaansluiting.servicedesk.descriptor;

import net.java.ao.RawEntity;
import org.junit.BeforeClass;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.servlet.http.HttpServlet;
import javax.ws.rs.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.File;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

/**
 * What Jira reads when it installs the add-on: the descriptor's modules point at classes and resources
 * that exist, and the Spring wiring can build every component, REST resource and servlet.
 */
public class PluginDescriptorTest {

    private static Document descriptor;
    private static Document spring;

    @BeforeClass
    public static void read() throws Exception {
        descriptor = parse("atlassian-plugin.xml");
        spring = parse("META-INF/spring/plugin-context.xml");
    }

    private static Document parse(String resource) throws Exception {
        try (InputStream in = PluginDescriptorTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(resource + " is packaged", in);
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(in);
        }
    }

    private static List<Element> elements(Document document, String name) {
        NodeList nodes = document.getElementsByTagNameNS("*", name);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    private static Element only(String name) {
        List<Element> found = elements(descriptor, name);
        assertEquals("one <" + name + ">", 1, found.size());
        return found.get(0);
    }

    @Test
    public void theKeyAndVersionAreFilledIn() {
        Element root = descriptor.getDocumentElement();
        assertEquals("nl.mijnaansluiting.servicedesk", root.getAttribute("key"));
        assertEquals("2", root.getAttribute("plugins-version"));
        String version = only("version").getTextContent();
        assertFalse(version, version.contains("${"));
    }

    @Test
    public void everyActiveObjectsEntityIsAnEntity() throws Exception {
        List<Element> entities = elements(descriptor, "entity");
        assertFalse(entities.isEmpty());
        for (Element entity : entities) {
            assertTrue(RawEntity.class.isAssignableFrom(Class.forName(entity.getTextContent().trim())));
        }
    }

    @Test
    public void restIsVersionTwoAtItsPath() {
        Element rest = only("rest");
        assertEquals("/ma-servicedesk", rest.getAttribute("path"));
        assertEquals("1.0", rest.getAttribute("version"));
        assertEquals("nl.mijnaansluiting.servicedesk.rest", rest.getElementsByTagName("package").item(0).getTextContent());
        // REST v2 is switched on by a module of its own, with a key, beside <rest>, not inside it.
        assertEquals(0, rest.getElementsByTagName("rest-migration").getLength());
        Element migration = only("rest-migration");
        assertEquals(descriptor.getDocumentElement(), migration.getParentNode());
        assertFalse(migration.getAttribute("key").isEmpty());
        assertEquals(1, migration.getElementsByTagName("rest-v2").getLength());
    }

    @Test
    public void theVelocityAllowlistNamesOnlyThePluginsOwnMethodsAndEachExists() throws Exception {
        List<Element> methods = elements(descriptor, "method");
        assertFalse(methods.isEmpty());
        for (Element method : methods) {
            String entry = method.getTextContent().trim();
            String type = entry.substring(0, entry.indexOf('#'));
            assertTrue("a plugin may allowlist only its own classes: " + entry,
                    type.startsWith("nl.mijnaansluiting.servicedesk."));
            String name = entry.substring(entry.indexOf('#') + 1, entry.indexOf('('));
            String parameters = entry.substring(entry.indexOf('(') + 1, entry.indexOf(')'));
            Class<?>[] types = parameters.isEmpty() ? new Class<?>[0]
                    : Arrays.stream(parameters.split(",")).map(PluginDescriptorTest::load).toArray(Class<?>[]::new);
            assertNotNull(entry, Class.forName(type).getMethod(name, types));
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name.trim());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(name, e);
        }
    }

    @Test
    public void servletsExistAndLiveBelowTheAddOnsPath() throws Exception {
        for (Element servlet : elements(descriptor, "servlet")) {
            assertTrue(HttpServlet.class.isAssignableFrom(Class.forName(servlet.getAttribute("class"))));
            String pattern = servlet.getElementsByTagName("url-pattern").item(0).getTextContent();
            assertTrue(pattern, pattern.startsWith("/ma-servicedesk/"));
        }
    }

    @Test
    public void theTranslationsAndWebResourcesArePackaged() {
        Element i18n = elements(descriptor, "resource").stream()
                .filter(r -> r.getAttribute("type").equals("i18n")).findFirst().orElseThrow();
        assertNotNull(ResourceBundle.getBundle(i18n.getAttribute("location").replace('/', '.')));
        for (Element resource : elements(descriptor, "resource")) {
            if (resource.getAttribute("type").equals("download") || resource.getAttribute("type").equals("velocity")) {
                assertNotNull(resource.getAttribute("location"),
                        getClass().getClassLoader().getResource(resource.getAttribute("location")));
            }
        }
        for (Element param : elements(descriptor, "param")) {
            // The Data Center params are flags, not resources.
            if (!param.getAttribute("name").startsWith("atlassian-data-center-")) {
                assertNotNull(param.getTextContent(), getClass().getClassLoader().getResource(param.getTextContent()));
            }
        }
    }

    /** Data Center declares an app cluster-safe by these two plugin-info params (the old and the current name). */
    @Test
    public void pluginInfoDeclaresDataCenterCompatibility() {
        Element info = elements(descriptor, "plugin-info").get(0);
        java.util.Map<String, String> params = new java.util.HashMap<>();
        NodeList nodes = info.getElementsByTagNameNS("*", "param");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element param = (Element) nodes.item(i);
            params.put(param.getAttribute("name"), param.getTextContent().trim());
        }
        assertEquals("compatible", params.get("atlassian-data-center-status"));
        assertEquals("true", params.get("atlassian-data-center-compatible"));
    }

    @Test
    public void everyAllowlistedMethodExists() throws Exception {
        for (Element method : elements(descriptor, "method")) {
            String text = method.getTextContent().trim();
            Class<?> type = Class.forName(text.substring(0, text.indexOf('#')));
            String name = text.substring(text.indexOf('#') + 1, text.indexOf('('));
            String params = text.substring(text.indexOf('(') + 1, text.length() - 1);
            List<Class<?>> parameterTypes = new ArrayList<>();
            for (String param : params.isEmpty() ? new String[0] : params.split(",")) {
                parameterTypes.add(Class.forName(param.trim()));
            }
            assertNotNull(text, type.getMethod(name, parameterTypes.toArray(new Class<?>[0])));
        }
    }

    @Test
    public void springCanBuildEveryBean() throws Exception {
        for (Element bean : elements(spring, "bean")) {
            Class<?> type = Class.forName(bean.getAttribute("class"));
            int arguments = bean.getElementsByTagNameNS("*", "constructor-arg").getLength();
            if (!bean.getAttribute("factory-method").isEmpty()) {
                assertTrue(type + "." + bean.getAttribute("factory-method"), Arrays.stream(type.getMethods())
                        .anyMatch(m -> m.getName().equals(bean.getAttribute("factory-method"))
                                && java.lang.reflect.Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == arguments));
                continue;
            }
            assertTrue(type + " has a public constructor taking " + arguments,
                    Arrays.stream(type.getConstructors()).anyMatch(c -> c.getParameterCount() == arguments));
        }
        for (Element reference : elements(spring, "reference")) {
            assertTrue(Class.forName(reference.getAttribute("interface")).isInterface());
        }
    }

    /** Jira autowires REST resources and servlets by constructor from the beans and references above. */
    @Test
    public void everyRestResourceAndServletCanBeAutowired() throws Exception {
        Set<Class<?>> available = new HashSet<>();
        for (Element bean : elements(spring, "bean")) {
            addWithSupertypes(available, Class.forName(bean.getAttribute("class")));
        }
        for (Element reference : elements(spring, "reference")) {
            available.add(Class.forName(reference.getAttribute("interface")));
        }
        List<Class<?>> autowired = new ArrayList<>();
        for (Element servlet : elements(descriptor, "servlet")) {
            autowired.add(Class.forName(servlet.getAttribute("class")));
        }
        autowired.addAll(restClasses());
        for (Element validator : elements(descriptor, "workflow-validator")) {
            autowired.add(Class.forName(validator.getAttribute("class")));
            autowired.add(Class.forName(validator.getElementsByTagName("validator-class").item(0).getTextContent().trim()));
        }
        for (Element function : elements(descriptor, "workflow-function")) {
            autowired.add(Class.forName(function.getAttribute("class")));
            autowired.add(Class.forName(function.getElementsByTagName("function-class").item(0).getTextContent().trim()));
        }
        for (Element provider : elements(descriptor, "context-provider")) {
            autowired.add(Class.forName(provider.getAttribute("class")));
        }
        assertFalse(autowired.isEmpty());
        for (Class<?> type : autowired) {
            Constructor<?>[] constructors = type.getConstructors();
            assertEquals(type + " has one public constructor", 1, constructors.length);
            for (Class<?> parameter : constructors[0].getParameterTypes()) {
                assertTrue(type.getSimpleName() + " needs " + parameter.getName(), available.contains(parameter));
            }
        }
    }

    private static void addWithSupertypes(Set<Class<?>> available, Class<?> type) {
        for (Class<?> t = type; t != null && t != Object.class; t = t.getSuperclass()) {
            available.add(t);
            available.addAll(Arrays.asList(t.getInterfaces()));
        }
    }

    private static List<Class<?>> restClasses() throws Exception {
        File directory = new File(PluginDescriptorTest.class.getResource("/nl/mijnaansluiting/servicedesk/rest").toURI());
        List<Class<?>> classes = new ArrayList<>();
        for (String file : directory.list()) {
            if (file.endsWith(".class") && !file.contains("$")) {
                Class<?> type = Class.forName("nl.mijnaansluiting.servicedesk.rest." + file.replace(".class", ""));
                if (type.isAnnotationPresent(Path.class) || type.isAnnotationPresent(javax.ws.rs.ext.Provider.class)) {
                    classes.add(type);
                }
            }
        }
        return classes;
    }
}
