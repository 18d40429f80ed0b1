package nl.mijnaansluiting.servicedesk.hosttest;

import org.eclipse.jetty.ee8.servlet.ServletContextHandler;
import org.eclipse.jetty.ee8.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.hk2.utilities.binding.AbstractBinder;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.osgi.framework.Bundle;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.context.ApplicationContext;
import org.w3c.dom.Element;

import javax.servlet.Servlet;
import javax.ws.rs.Path;
import javax.ws.rs.ext.Provider;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The web side of the host: REST v2 and the servlet modules, on Jetty. Jersey 2 builds each REST resource of the
 * descriptor's package with HK2 from the plugin's beans (through its {@code @Inject} constructor) and writes and
 * reads bodies with the host's Jackson; each servlet module is created the way Jira's module factory creates it,
 * autowired from the plugin's context.
 */
final class PluginWebHost implements AutoCloseable {

    static final String REST = "/rest/ma-servicedesk/1.0";
    static final String SERVLETS = "/plugins/servlet";

    private final Server server;
    private final List<Class<?>> restClasses;
    private final Map<String, Object> servlets;

    private PluginWebHost(Server server, List<Class<?>> restClasses, Map<String, Object> servlets) {
        this.server = server;
        this.restClasses = restClasses;
        this.servlets = servlets;
    }

    static PluginWebHost start(JiraShapedHost host) throws Exception {
        Bundle plugin = host.plugin();
        ApplicationContext context = host.context();
        Element rest = JiraShapedHost.elements(JiraShapedHost.xml(plugin, "atlassian-plugin.xml"), "rest").get(0);
        String restPackage = rest.getElementsByTagName("package").item(0).getTextContent().trim();
        List<Class<?>> restClasses = restClasses(plugin, restPackage);

        ResourceConfig config = new ResourceConfig().register(JacksonFeature.class).register(new PluginBeans(context));
        restClasses.forEach(config::register);

        Server server = new Server();
        ServerConnector http = new ServerConnector(server);
        http.setHost("127.0.0.1");
        http.setPort(0);
        server.addConnector(http);
        ServletContextHandler handler = new ServletContextHandler(server, "/");
        handler.addServlet(new ServletHolder(new ServletContainer(config)), REST + "/*");

        Map<String, Object> servlets = new TreeMap<>();
        AutowireCapableBeanFactory factory = context.getAutowireCapableBeanFactory();
        for (Element module : JiraShapedHost.elements(JiraShapedHost.xml(plugin, "atlassian-plugin.xml"), "servlet")) {
            Class<?> type = plugin.loadClass(module.getAttribute("class"));
            Object servlet = factory.createBean(type, AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR, false);
            String pattern = module.getElementsByTagName("url-pattern").item(0).getTextContent().trim();
            handler.addServlet(new ServletHolder((Servlet) servlet), SERVLETS + pattern);
            servlets.put(pattern, servlet);
        }
        server.start();
        return new PluginWebHost(server, restClasses, servlets);
    }

    /** The resources and providers of the REST module's package, loaded from the bundle as REST v2 scans it. */
    private static List<Class<?>> restClasses(Bundle plugin, String restPackage) throws ClassNotFoundException {
        List<Class<?>> classes = new ArrayList<>();
        List<URL> entries = Collections.list(plugin.findEntries(restPackage.replace('.', '/'), "*.class", false));
        for (URL entry : entries) {
            String path = entry.getPath();
            String name = path.substring(path.indexOf(restPackage.replace('.', '/'))).replace('/', '.').replaceAll("\\.class$", "");
            Class<?> type = plugin.loadClass(name);
            if (type.isAnnotationPresent(Path.class) || type.isAnnotationPresent(Provider.class)) {
                classes.add(type);
            }
        }
        classes.sort(java.util.Comparator.comparing(Class::getName));
        return classes;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    List<Class<?>> restClasses() {
        return restClasses;
    }

    Map<String, Object> servlets() {
        return servlets;
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }

    /** Every bean of the plugin's context, offered to HK2 by its class and each of its supertypes. */
    private static final class PluginBeans extends AbstractBinder {
        private final ApplicationContext context;

        PluginBeans(ApplicationContext context) {
            this.context = context;
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        protected void configure() {
            for (String name : context.getBeanDefinitionNames()) {
                Object bean = context.getBean(name);
                Set<Class<?>> contracts = new LinkedHashSet<>();
                for (Class<?> type = bean.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
                    contracts.add(type);
                    Collections.addAll(contracts, type.getInterfaces());
                }
                var binding = bind(bean);
                for (Class<?> contract : contracts) {
                    binding.to((Class) contract);
                }
            }
        }
    }
}
