package nl.mijnaansluiting.servicedesk.descriptor;

import com.atlassian.annotations.security.AdminOnly;
import com.atlassian.annotations.security.LicensedOnly;
import com.atlassian.annotations.security.UnrestrictedAccess;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import nl.mijnaansluiting.servicedesk.jira.AdminCondition;
import nl.mijnaansluiting.servicedesk.jira.StaffCondition;
import nl.mijnaansluiting.servicedesk.web.AdminSessions;
import org.junit.BeforeClass;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.File;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

/**
 * Issue 13: admins find the pages (a web-section under Manage apps with a web-item per admin page, the report
 * where agents look), the admin pages and admin REST calls ask for WebSudo, and every servlet says who may open it.
 */
public class AdminAccessTest {

    private static final List<Class<? extends Annotation>> ACCESS = List.of(AdminOnly.class, LicensedOnly.class,
            UnrestrictedAccess.class);
    private static final String ADMIN_SECTION = "admin_plugins_menu/admin-section";

    private static Document descriptor;
    private static Properties dutch;
    private static Properties english;

    @BeforeClass
    public static void read() throws Exception {
        try (InputStream in = AdminAccessTest.class.getClassLoader().getResourceAsStream("atlassian-plugin.xml")) {
            descriptor = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
        dutch = properties("i18n/ma-servicedesk.properties");
        english = properties("i18n/ma-servicedesk_en.properties");
    }

    private static Properties properties(String resource) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = AdminAccessTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static List<Element> elements(String name) {
        NodeList nodes = descriptor.getElementsByTagName(name);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    private static String child(Element parent, String name, String attribute) {
        Element element = (Element) parent.getElementsByTagName(name).item(0);
        return element == null ? null : attribute == null ? element.getTextContent().trim() : element.getAttribute(attribute);
    }

    private static List<String> adminPages() {
        return elements("servlet").stream().map(s -> child(s, "url-pattern", null))
                .filter(pattern -> pattern.startsWith("/ma-servicedesk/admin/")).collect(Collectors.toList());
    }

    @Test
    public void everyAdminPageHasAWebItemInTheAddOnsSectionUnderManageAppsShownOnlyToAdmins() {
        Element section = elements("web-section").stream().filter(s -> s.getAttribute("key").equals("admin-section"))
                .findFirst().orElseThrow();
        assertEquals("admin_plugins_menu", section.getAttribute("location"));
        assertEquals(AdminCondition.class.getName(), child(section, "condition", "class"));
        List<String> linked = new ArrayList<>();
        for (Element item : elements("web-item")) {
            if (ADMIN_SECTION.equals(item.getAttribute("section"))) {
                assertEquals(item.getAttribute("key"), AdminCondition.class.getName(), child(item, "condition", "class"));
                linked.add(child(item, "link", null).replace("/plugins/servlet", ""));
            }
        }
        assertEquals(8, adminPages().size());
        assertEquals(adminPages().stream().sorted().collect(Collectors.toList()),
                linked.stream().sorted().collect(Collectors.toList()));
    }

    @Test
    public void theComplianceReportIsLinkedForStaffWhereAgentsLookForReports() {
        Element item = elements("web-item").stream().filter(i -> i.getAttribute("key").equals("compliance-report-link"))
                .findFirst().orElseThrow();
        assertEquals("jira.project.sidebar.plugins.navigation", item.getAttribute("section"));
        assertEquals("/plugins/servlet/ma-servicedesk/reports/compliance", child(item, "link", null));
        assertEquals(StaffCondition.class.getName(), child(item, "condition", "class"));
    }

    /** Issue 16 point 4: availability per month beside them, for staff too. */
    @Test
    public void availabilityPerMonthIsLinkedBesideThem() {
        Element item = elements("web-item").stream().filter(i -> i.getAttribute("key").equals("availability-report-link"))
                .findFirst().orElseThrow();
        assertEquals("jira.project.sidebar.plugins.navigation", item.getAttribute("section"));
        assertEquals("/plugins/servlet/ma-servicedesk/reports/availability", child(item, "link", null));
        assertEquals(StaffCondition.class.getName(), child(item, "condition", "class"));
    }

    /** Issue 16: the open RCAs and post reviews beside it, for staff too. */
    @Test
    public void theFollowUpOfIncidentsIsLinkedBesideIt() {
        Element item = elements("web-item").stream().filter(i -> i.getAttribute("key").equals("follow-up-report-link"))
                .findFirst().orElseThrow();
        assertEquals("jira.project.sidebar.plugins.navigation", item.getAttribute("section"));
        assertEquals("/plugins/servlet/ma-servicedesk/reports/follow-up", child(item, "link", null));
        assertEquals(StaffCondition.class.getName(), child(item, "condition", "class"));
    }

    @Test
    public void everyWebFragmentHasADutchAndAnEnglishLabel() {
        List<Element> fragments = new ArrayList<>(elements("web-section"));
        fragments.addAll(elements("web-item"));
        // The admin section, eight admin pages, the compliance report, the follow-up of incidents and availability for staff.
        assertEquals(12, fragments.size());
        for (Element fragment : fragments) {
            String key = child(fragment, "label", "key");
            String nl = dutch.getProperty(key);
            String en = english.getProperty(key);
            assertTrue(fragment.getAttribute("key") + ": " + key, nl != null && !nl.isBlank() && en != null && !en.isBlank());
            assertFalse(key, nl.startsWith("ma.") || en.startsWith("ma."));
        }
        assertNotEquals(dutch.getProperty("ma.audit.title"), english.getProperty("ma.audit.title"));
    }

    @Test
    public void everyServletSaysWhoMayOpenItAndAdminPagesAreAdminOnlyAndAskForWebSudo() throws Exception {
        for (Element servlet : elements("servlet")) {
            Class<?> type = Class.forName(servlet.getAttribute("class"));
            List<String> annotations = ACCESS.stream().filter(type::isAnnotationPresent).map(Class::getSimpleName)
                    .collect(Collectors.toList());
            assertEquals(type.getName(), 1, annotations.size());
            boolean adminPage = child(servlet, "url-pattern", null).startsWith("/ma-servicedesk/admin/");
            assertEquals(type.getName(), adminPage, type.isAnnotationPresent(AdminOnly.class));
            Constructor<?> constructor = type.getConstructors()[0];
            assertEquals(type.getName() + " takes the secure administrator session", adminPage,
                    Arrays.asList(constructor.getParameterTypes()).contains(AdminSessions.class));
        }
        assertTrue(Class.forName("nl.mijnaansluiting.servicedesk.web.HomeServlet").isAnnotationPresent(UnrestrictedAccess.class));
        assertTrue(Class.forName("nl.mijnaansluiting.servicedesk.web.ComplianceReportServlet")
                .isAnnotationPresent(LicensedOnly.class));
    }

    @Test
    public void everyAdminRestCallAsksForWebSudo() throws Exception {
        File dir = new File(AdminAccessTest.class.getClassLoader().getResource("nl/mijnaansluiting/servicedesk/rest").toURI());
        int adminCalls = 0;
        for (String file : dir.list((d, name) -> name.endsWith(".class") && !name.contains("$"))) {
            Class<?> type = Class.forName("nl.mijnaansluiting.servicedesk.rest." + file.replace(".class", ""));
            for (Method method : type.getMethods()) {
                boolean call = method.isAnnotationPresent(GET.class) || method.isAnnotationPresent(POST.class)
                        || method.isAnnotationPresent(PUT.class) || method.isAnnotationPresent(DELETE.class);
                boolean admin = method.isAnnotationPresent(com.atlassian.plugins.rest.api.security.annotation.AdminOnly.class)
                        || type.isAnnotationPresent(com.atlassian.plugins.rest.api.security.annotation.AdminOnly.class);
                if (call && admin) {
                    adminCalls++;
                    assertTrue(type.getSimpleName() + "#" + method.getName(), method.isAnnotationPresent(WebSudoRequired.class)
                            || type.isAnnotationPresent(WebSudoRequired.class));
                }
            }
        }
        assertTrue(String.valueOf(adminCalls), adminCalls >= 25);
    }
}
