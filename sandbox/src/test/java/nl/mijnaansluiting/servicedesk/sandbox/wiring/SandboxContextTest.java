package nl.mijnaansluiting.servicedesk.sandbox.wiring;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.DefaultResourceLoader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

/**
 * The sandbox's wiring: plugin-context.xml and sandbox-context.xml agree on what the sandbox replaces,
 * and the osgi: elements behave as the sandbox promises (references answered by the host, lazily).
 */
public class SandboxContextTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void everyReplacedIdIsAPluginBeanThatTheSandboxDefines() {
        DefaultListableBeanFactory plugin = new DefaultListableBeanFactory();
        new XmlBeanDefinitionReader(plugin).loadBeanDefinitions(SandboxContext.PLUGIN_CONTEXT);

        GenericApplicationContext both = SandboxContext.read(SandboxContext.PLUGIN_CONTEXT, SandboxContext.SANDBOX_CONTEXT, Map.of());

        for (String id : SandboxContext.REPLACED.keySet()) {
            assertTrue(id + " is a bean of plugin-context.xml", plugin.containsBeanDefinition(id));
            String from = both.getBeanDefinition(id).getResourceDescription();
            assertTrue(id + " comes from sandbox-context.xml, not " + from, from.contains("sandbox-context.xml"));
        }
        for (String id : both.getBeanDefinitionNames()) {
            String from = both.getBeanDefinition(id).getResourceDescription();
            if (plugin.containsBeanDefinition(id) && !SandboxContext.REPLACED.containsKey(id)) {
                assertTrue(id + " is the plugin's own bean", from.contains("plugin-context.xml"));
            }
        }
    }

    @Test
    public void aPluginBeanWithTheIdOfASandboxBeanIsRefusedNotReplacedSilently() throws IOException {
        String plugin = pluginContext().replace("</beans>",
                "<bean id=\"serviceRequests\" class=\"java.lang.Object\"/>\n</beans>");

        String message = readFails(plugin);

        assertTrue(message, message.contains("silently replace bean 'serviceRequests' of plugin-context.xml"));
    }

    @Test
    public void aReplacedIdThatThePluginNoLongerHasIsRefused() throws IOException {
        String original = pluginContext();
        String plugin = original.replaceFirst("(?s)<bean id=\"mailSender\".*?</bean>", "");
        assertTrue("the test removed the bean", plugin.length() < original.length());

        String message = readFails(plugin);

        assertTrue(message, message.contains("plugin-context.xml has no bean 'mailSender'"));
    }

    @Test
    public void aReferenceNobodyNeedsIsNeverAnswered() {
        GenericApplicationContext context = context(
                "<osgi:reference id=\"userManager\" interface=\"com.atlassian.sal.api.user.UserManager\"/>");

        context.refresh();

        assertEquals(com.atlassian.sal.api.user.UserManager.class, context.getType("userManager"));
        context.close();
    }

    @Test
    public void aReferenceSomeoneNeedsWithoutAHostBeanFailsTheStartNamingItsInterface() {
        GenericApplicationContext context = context(
                "<osgi:reference id=\"userManager\" interface=\"com.atlassian.sal.api.user.UserManager\"/>"
                        + "<osgi:reference id=\"localeResolver\" interface=\"com.atlassian.sal.api.message.LocaleResolver\"/>"
                        + "<bean id=\"callerSource\" class=\"nl.mijnaansluiting.servicedesk.jira.SalCallerSource\">"
                        + "<constructor-arg ref=\"userManager\"/><constructor-arg ref=\"localeResolver\"/></bean>");

        try {
            context.refresh();
            fail("started without a UserManager");
        } catch (BeansException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("osgi:reference 'userManager' needs the host's "
                    + "com.atlassian.sal.api.user.UserManager, and the sandbox has no bean of that interface"));
        }
    }

    @Test
    public void aReferenceIsTheHostBeanOfItsInterface() {
        GenericApplicationContext context = context(
                "<osgi:reference id=\"templateRenderer\" interface=\"com.atlassian.templaterenderer.TemplateRenderer\"/>"
                        + "<bean id=\"velocityTemplates\" class=\"nl.mijnaansluiting.servicedesk.sandbox.VelocityTemplates\""
                        + " autowire-candidate=\"false\"/>");
        context.refresh();

        assertSame(context.getBean("velocityTemplates"), context.getBean("templateRenderer"));
        assertSame(context.getBean("velocityTemplates"),
                context.getBean(com.atlassian.templaterenderer.TemplateRenderer.class));
        context.close();
    }

    @Test
    public void aServiceOfABeanThatDoesNotExistFailsTheStart() {
        GenericApplicationContext context = context(
                "<osgi:service id=\"lifecycle\" ref=\"escalationJbo\" interface=\"com.atlassian.sal.api.lifecycle.LifecycleAware\"/>");

        try {
            context.refresh();
            fail("started with a service of no bean");
        } catch (BeansException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("escalationJbo"));
        }
    }

    @Test
    public void anOsgiAttributeTheSandboxDoesNotHandleIsRefusedByTheSchema() {
        try {
            context("<osgi:reference id=\"userManager\" interface=\"com.atlassian.sal.api.user.UserManager\""
                    + " cardinality=\"0..1\"/>");
            fail("read an attribute the sandbox ignores");
        } catch (BeansException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("cardinality"));
        }
    }

    private String readFails(String pluginContext) throws IOException {
        Path file = folder.newFile("plugin-context.xml").toPath();
        Files.writeString(file, pluginContext);
        try {
            SandboxContext.read(file.toUri().toString(), SandboxContext.SANDBOX_CONTEXT, Map.of());
            fail("read the files");
            return null;
        } catch (BeansException e) {
            return e.getMessage();
        }
    }

    private static String pluginContext() throws IOException {
        try (InputStream in = new DefaultResourceLoader().getResource(SandboxContext.PLUGIN_CONTEXT).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A context of the given elements, read as plugin-context.xml is read (schemas validated). */
    private static GenericApplicationContext context(String elements) {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<beans xmlns=\"http://www.springframework.org/schema/beans\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                + " xmlns:osgi=\"http://www.eclipse.org/gemini/blueprint/schema/blueprint\""
                + " xsi:schemaLocation=\"http://www.springframework.org/schema/beans"
                + " http://www.springframework.org/schema/beans/spring-beans.xsd"
                + " http://www.eclipse.org/gemini/blueprint/schema/blueprint"
                + " http://www.eclipse.org/gemini/blueprint/schema/blueprint/gemini-blueprint.xsd\">"
                + elements + "</beans>";
        GenericApplicationContext context = new GenericApplicationContext();
        new XmlBeanDefinitionReader(context).loadBeanDefinitions(
                new ByteArrayResource(xml.getBytes(StandardCharsets.UTF_8), "test context"));
        return context;
    }
}
