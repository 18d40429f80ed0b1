package nl.mijnaansluiting.servicedesk.hosttest;

import net.java.ao.RawEntity;
import org.apache.felix.framework.Felix;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.wiring.FrameworkWiring;
import org.springframework.context.ApplicationContext;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.File;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A host shaped like Jira 10.3's plugin system, with the built plugin jar installed unchanged: Felix, a system
 * bundle exporting what Jira exports, Gemini Blueprint building the plugin's Spring context from
 * META-INF/spring/*.xml, and a service registered for every {@code osgi:reference} before the plugin starts.
 */
final class JiraShapedHost implements AutoCloseable {

    static final String PLUGIN_KEY = "nl.mijnaansluiting.servicedesk";
    private static final String[] GEMINI = {"gemini-blueprint-io", "gemini-blueprint-core", "gemini-blueprint-extender"};

    private final HostVersions versions;
    private final Path storage;
    private final Felix framework;
    private final Bundle plugin;
    private final HostServices services;
    private final ApplicationContext context;

    private JiraShapedHost(HostVersions versions, Path storage, Felix framework, Bundle plugin, HostServices services,
                           ApplicationContext context) {
        this.versions = versions;
        this.storage = storage;
        this.framework = framework;
        this.plugin = plugin;
        this.services = services;
        this.context = context;
    }

    /** Starts the framework, installs Gemini and the plugin jar, and waits for the plugin's context. */
    static JiraShapedHost start(HostVersions versions) throws Exception {
        Path storage = Files.createTempDirectory("jira-shaped-host");
        Felix framework = framework(storage, HostPackages.exports(versions));
        BundleContext system = framework.getBundleContext();

        List<Bundle> gemini = new ArrayList<>();
        system.installBundle(SpringSchemasBundle.write(storage).toUri().toString()).start();
        for (String name : GEMINI) {
            gemini.add(system.installBundle(bundleFile(name).toURI().toString()));
        }
        Bundle plugin = system.installBundle(bundleFile("ma-servicedesk-plugin").toURI().toString());
        resolve(framework, plugin);
        for (Bundle bundle : gemini) {
            resolve(framework, bundle);
        }

        ClassLoader pluginLoader = plugin.adapt(BundleWiring.class).getClassLoader();
        HostServices services = new HostServices(entities(plugin), pluginLoader);
        for (String type : referencedInterfaces(plugin)) {
            Class<?> api = JiraShapedHost.class.getClassLoader().loadClass(type);
            system.registerService(type, services.serviceFor(api), new Hashtable<>());
        }

        CompletableFuture<Object> failure = new CompletableFuture<>();
        listenForContextFailure(system, gemini.get(1), failure);
        for (Bundle bundle : gemini) {
            bundle.start();
        }
        plugin.start();
        ApplicationContext context = awaitContext(system, failure);
        return new JiraShapedHost(versions, storage, framework, plugin, services, context);
    }

    /**
     * Whether the plugin jar resolves in a host that lacks the packages starting with {@code prefix} (a Jira
     * without JSM, say): an app whose imports are all optional would resolve, enable, and fail later.
     */
    static String resolutionWithout(String prefix) throws Exception {
        Path storage = Files.createTempDirectory("jira-shaped-host");
        String exports = java.util.Arrays.stream(HostPackages.exports(HostVersions.NEW).split(","))
                .filter(clause -> !clause.startsWith(prefix)).collect(java.util.stream.Collectors.joining(","));
        Felix framework = framework(storage, exports);
        try {
            Bundle plugin = framework.getBundleContext().installBundle(bundleFile("ma-servicedesk-plugin").toURI().toString());
            boolean resolved = framework.adapt(FrameworkWiring.class).resolveBundles(List.of(plugin));
            return resolved ? "resolved" : unresolvedReason(plugin);
        } finally {
            framework.stop();
            framework.waitForStop(10_000);
        }
    }

    private static Felix framework(Path storage, String exports) throws Exception {
        Map<String, Object> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, exports);
        // As Jira: only the JDK's internals are delegated to the parent; everything else goes through imports.
        config.put(Constants.FRAMEWORK_BOOTDELEGATION, "sun.*,com.sun.*,jdk.*");
        config.put(Constants.FRAMEWORK_BUNDLE_PARENT, Constants.FRAMEWORK_BUNDLE_PARENT_FRAMEWORK);
        Felix framework = new Felix(config);
        framework.start();
        return framework;
    }

    private static File bundleFile(String name) {
        File file = new File(System.getProperty("host.bundles", "target/bundles"), name + ".jar");
        if (!file.isFile()) {
            throw new IllegalStateException(file + " is missing: run the host test through `mvn verify`, which builds the plugin"
                    + " and copies it there");
        }
        return file;
    }

    private static void resolve(Felix framework, Bundle bundle) {
        if (!framework.adapt(FrameworkWiring.class).resolveBundles(List.of(bundle))) {
            throw new IllegalStateException(bundle.getSymbolicName() + " does not resolve in a " + "host like Jira's: "
                    + unresolvedReason(bundle));
        }
    }

    private static String unresolvedReason(Bundle bundle) {
        try {
            bundle.start();
            return "(it started after all)";
        } catch (Exception e) {
            return e.getMessage();
        }
    }

    /**
     * Gemini reports a context that failed to start to its OsgiBundleApplicationContextListener services; the
     * interface lives in its core bundle, so the host answers through a proxy of that bundle's type.
     */
    private static void listenForContextFailure(BundleContext system, Bundle geminiCore, CompletableFuture<Object> failure)
            throws ClassNotFoundException {
        Class<?> listener = geminiCore.loadClass("org.eclipse.gemini.blueprint.context.event.OsgiBundleApplicationContextListener");
        Object proxy = Proxy.newProxyInstance(listener.getClassLoader(), new Class<?>[] {listener}, (self, method, args) -> {
            if ("onOsgiApplicationEvent".equals(method.getName())) {
                Object event = args[0];
                if (event.getClass().getSimpleName().contains("Failed")) {
                    Throwable cause = (Throwable) event.getClass().getMethod("getFailureCause").invoke(event);
                    failure.completeExceptionally(cause);
                }
                return null;
            }
            if ("hashCode".equals(method.getName())) {
                return System.identityHashCode(self);
            }
            if ("equals".equals(method.getName())) {
                return self == args[0];
            }
            return "host's context listener";
        });
        system.registerService(listener.getName(), proxy, new Hashtable<>());
    }

    private static ApplicationContext awaitContext(BundleContext system, CompletableFuture<Object> failure) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String filter = "(org.springframework.context.service.name=" + PLUGIN_KEY + ")";
        while (System.nanoTime() < deadline) {
            if (failure.isCompletedExceptionally()) {
                failure.get();
            }
            Collection<ServiceReference<ApplicationContext>> found = system.getServiceReferences(ApplicationContext.class, filter);
            if (!found.isEmpty()) {
                return system.getService(found.iterator().next());
            }
            Thread.sleep(50);
        }
        throw new TimeoutException("the plugin's Spring context did not come up within 60 s (see the log above)");
    }

    /** The entities of the descriptor's {@code <ao>} module, loaded from the bundle. */
    @SuppressWarnings("unchecked")
    private static List<Class<? extends RawEntity<?>>> entities(Bundle plugin) throws Exception {
        List<Class<? extends RawEntity<?>>> entities = new ArrayList<>();
        NodeList nodes = xml(plugin, "atlassian-plugin.xml").getElementsByTagName("entity");
        for (int i = 0; i < nodes.getLength(); i++) {
            entities.add((Class<? extends RawEntity<?>>) plugin.loadClass(nodes.item(i).getTextContent().trim()));
        }
        return entities;
    }

    private static List<String> referencedInterfaces(Bundle plugin) throws Exception {
        List<String> interfaces = new ArrayList<>();
        for (Element reference : elements(xml(plugin, "META-INF/spring/plugin-context.xml"), "reference")) {
            interfaces.add(reference.getAttribute("interface"));
        }
        return interfaces;
    }

    static Document xml(Bundle bundle, String entry) throws Exception {
        try (InputStream in = bundle.getEntry(entry).openStream()) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(in);
        }
    }

    static List<Element> elements(Document document, String localName) {
        NodeList nodes = document.getElementsByTagNameNS("*", localName);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    HostVersions versions() {
        return versions;
    }

    Bundle plugin() {
        return plugin;
    }

    ClassLoader pluginLoader() {
        return plugin.adapt(BundleWiring.class).getClassLoader();
    }

    ApplicationContext context() {
        return context;
    }

    HostServices services() {
        return services;
    }

    BundleContext systemContext() {
        return framework.getBundleContext();
    }

    @Override
    public void close() throws Exception {
        framework.stop();
        framework.waitForStop(10_000);
        services.close();
        try (var files = Files.walk(storage)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
