package nl.mijnaansluiting.servicedesk.sandbox.wiring;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanDefinitionStoreException;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;
import org.springframework.context.support.GenericApplicationContext;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The add-on's object graph in the sandbox, built as Jira builds it: the plugin's own
 * META-INF/spring/plugin-context.xml, unchanged, then sandbox-context.xml with the host (the stand-ins
 * for Jira's services that answer the plugin's {@code osgi:reference}s) and the sandbox's replacements
 * of plugin beans, in one Spring context.
 *
 * <p>Only the beans in {@link #REPLACED} may be redefined by the sandbox; reading the files fails when
 * sandbox-context.xml would replace any other plugin bean (for example when plugin-context.xml gains a
 * bean with the id of a sandbox bean), and when an id of the list is no bean of plugin-context.xml, or
 * sandbox-context.xml does not define it.
 */
public final class SandboxContext {

    public static final String PLUGIN_CONTEXT = "classpath:META-INF/spring/plugin-context.xml";
    public static final String SANDBOX_CONTEXT = "classpath:sandbox/sandbox-context.xml";

    /**
     * The plugin beans the sandbox replaces by id, each because the plugin's adapter talks to a part of
     * Jira/JSM the sandbox does not emulate. Everything else of plugin-context.xml runs as in Jira.
     */
    public static final Map<String, String> REPLACED = list(
            "callerSource", "SAL's UserManager and LocaleResolver: the sandbox signs in itself (SandboxCallers)",
            "formTokens", "SAL's XSRF token services: the sandbox keeps a token per session (SessionFormTokens)",
            "adminSessions", "SAL's WebSudoManager: the sandbox asks for the password again on its own page (SandboxAdminSessions, /websudo)",
            "pageChrome", "SAL's ApplicationProperties and Jira's web resources: the sandbox's own page frame (SandboxPageChrome)",
            "customerDirectory", "JSM organisations and Jira's users: the demo deelnemers and users (DemoDirectory)",
            "staffDirectory", "Jira's groups and users: the demo staff groups, the same DemoDirectory",
            "people", "Jira's users and their profiles' languages: the demo users, the same DemoDirectory",
            "requestDesk", "Jira issues and comments: the sandbox's own requests in Active Objects (SandboxRequestDesk)",
            "serviceProjects", "JSM projects, request types and custom fields: the one service project MA (AoServiceProjects)",
            "requestTypeAccess", "JSM request type permissions: kept by the same AoServiceProjects",
            "mailSender", "Jira's mail queue: the sandbox's outbox keeps the notifications (OutboxMail)",
            "workerContext", "Jira's thread locals (SAL's ThreadLocalDelegateExecutorFactory): the sandbox's threads need none (WorkerContext.PLAIN)",
            "escalationJob", "Jira's scheduler and cluster lock: the sandbox's own timer runs the sweep (EscalationScheduler)",
            "organisationRequests", "Jira's issue search (JQL on JSM's Organizations): the sandbox's request table (AoServiceRequests)",
            "issueIntake", "Jira's issues and custom fields, for requests JSM stored before the post-function ran: the sandbox raises"
                    + " a request with its decision and clocks in one transaction (Intake), so none is left to repair");

    private SandboxContext() {
    }

    private static Map<String, String> list(String... idsAndReasons) {
        Map<String, String> list = new LinkedHashMap<>();
        for (int i = 0; i < idsAndReasons.length; i += 2) {
            list.put(idsAndReasons[i], idsAndReasons[i + 1]);
        }
        return Collections.unmodifiableMap(list);
    }

    /**
     * Reads both files and starts the context: every non-lazy bean is created, so a missing bean or a
     * wrong constructor-arg fails here. {@code hostObjects} are registered first under their names (the
     * sandbox's open database, its options).
     */
    public static GenericApplicationContext start(Map<String, Object> hostObjects) {
        GenericApplicationContext context = read(PLUGIN_CONTEXT, SANDBOX_CONTEXT, hostObjects);
        try {
            context.refresh();
        } catch (BeansException | IllegalStateException e) {
            context.close();
            throw e;
        }
        return context;
    }

    /** Reads the two files into a context that is not started yet; throws when the replacements are wrong. */
    public static GenericApplicationContext read(String pluginContext, String sandboxContext, Map<String, Object> hostObjects) {
        GuardedBeanFactory beanFactory = new GuardedBeanFactory();
        GenericApplicationContext context = new GenericApplicationContext(beanFactory);
        context.setClassLoader(SandboxContext.class.getClassLoader());
        hostObjects.forEach(beanFactory::registerSingleton);
        XmlBeanDefinitionReader reader = new XmlBeanDefinitionReader(context);
        reader.setBeanClassLoader(SandboxContext.class.getClassLoader());
        reader.loadBeanDefinitions(pluginContext);
        beanFactory.pluginBeans = new LinkedHashSet<>(Set.of(beanFactory.getBeanDefinitionNames()));
        reader.loadBeanDefinitions(sandboxContext);
        for (String id : REPLACED.keySet()) {
            if (!beanFactory.pluginBeans.contains(id)) {
                throw new BeanDefinitionStoreException(pluginContext, id, "SandboxContext.REPLACED lists '" + id
                        + "', but plugin-context.xml has no bean '" + id + "' (any more): drop it from the list and from "
                        + "sandbox-context.xml");
            }
            if (!beanFactory.replaced.contains(id)) {
                throw new BeanDefinitionStoreException(sandboxContext, id, "SandboxContext.REPLACED lists '" + id
                        + "', but sandbox-context.xml does not define it: the plugin's own bean would run");
            }
        }
        return context;
    }

    /** Refuses a sandbox bean that would redefine a plugin bean not listed in {@link #REPLACED}. */
    private static final class GuardedBeanFactory extends DefaultListableBeanFactory {

        /** The ids of plugin-context.xml, once it is read. */
        private Set<String> pluginBeans;
        private final Set<String> replaced = new LinkedHashSet<>();

        @Override
        public void registerBeanDefinition(String name, BeanDefinition definition) {
            if (pluginBeans != null && pluginBeans.contains(name)) {
                if (!REPLACED.containsKey(name)) {
                    throw new BeanDefinitionStoreException(definition.getResourceDescription(), name, "the sandbox would"
                            + " silently replace bean '" + name + "' of plugin-context.xml: give the sandbox's bean another"
                            + " id, or list '" + name + "' in SandboxContext.REPLACED with the reason");
                }
                replaced.add(name);
            }
            super.registerBeanDefinition(name, definition);
        }
    }
}
