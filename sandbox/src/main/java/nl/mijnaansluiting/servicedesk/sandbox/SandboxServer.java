package nl.mijnaansluiting.servicedesk.sandbox;

import nl.mijnaansluiting.servicedesk.aohost.HostActiveObjects;
import nl.mijnaansluiting.servicedesk.audit.AuditLog;
import nl.mijnaansluiting.servicedesk.escalation.Escalations;
import nl.mijnaansluiting.servicedesk.priority.PriorityDecisions;
import nl.mijnaansluiting.servicedesk.request.KeyUserStore;
import nl.mijnaansluiting.servicedesk.request.Portal;
import nl.mijnaansluiting.servicedesk.sandbox.request.Intake;
import nl.mijnaansluiting.servicedesk.sandbox.request.Upload;
import nl.mijnaansluiting.servicedesk.sandbox.store.AoServiceRequests;
import nl.mijnaansluiting.servicedesk.sandbox.wiring.PluginDescriptor;
import nl.mijnaansluiting.servicedesk.sandbox.wiring.RestResources;
import nl.mijnaansluiting.servicedesk.sandbox.wiring.SandboxContext;
import nl.mijnaansluiting.servicedesk.sandbox.wiring.SpringBeansBinder;
import nl.mijnaansluiting.servicedesk.sla.RequestClocks;
import nl.mijnaansluiting.servicedesk.sla.SlaPreview;
import nl.mijnaansluiting.servicedesk.text.Messages;
import nl.mijnaansluiting.servicedesk.web.FormTokens;
import nl.mijnaansluiting.servicedesk.web.PageRenderer;
import org.eclipse.jetty.ee8.nested.SessionHandler;
import org.eclipse.jetty.ee8.servlet.FilterHolder;
import org.eclipse.jetty.ee8.servlet.ServletContextHandler;
import org.eclipse.jetty.ee8.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.context.support.GenericApplicationContext;

import javax.servlet.DispatcherType;
import javax.servlet.Servlet;
import javax.servlet.SessionTrackingMode;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.BindException;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;

/**
 * The sandbox: Jetty serving the plugin's REST resources at Jira's paths (/rest/ma-servicedesk/1.0),
 * its pages at /plugins/servlet/..., and the host's login, portal, health and static files.
 *
 * <p>The add-on is wired as in Jira, from the same files: its beans by {@link SandboxContext} from
 * plugin-context.xml (with the sandbox's host and replacements), its REST resources built by Jersey's
 * HK2 through their {@code @Inject} constructors from those beans, its servlets (the {@code <servlet>}
 * modules of atlassian-plugin.xml) created by autowiring from them as Jira's module factory does. No class
 * of the plugin is constructed here.
 */
public final class SandboxServer implements AutoCloseable {

    public static final String REST_PATH = "/rest/ma-servicedesk/1.0";
    public static final String PAGES_PATH = "/plugins/servlet/ma-servicedesk";
    /** Where Jira mounts the plugin's servlet modules. */
    public static final String SERVLETS_PATH = "/plugins/servlet";

    /** A session nobody used for this long ends. */
    public static final Duration SESSION_IDLE_TIMEOUT = Duration.ofMinutes(30);

    private final Server server;
    private final SandboxDatabase database;
    private final GenericApplicationContext beans;

    private SandboxServer(Server server, SandboxDatabase database, GenericApplicationContext beans) {
        this.server = server;
        this.database = database;
        this.beans = beans;
    }

    /** Starts on the given port (0: any free port) with the given database; throws {@link StartupException}. */
    public static SandboxServer start(int port, SandboxDatabase database) {
        return start(port, database, Duration.ofMinutes(1));
    }

    /** As {@link #start(int, SandboxDatabase)}, sweeping for escalations every {@code sweepEvery}. */
    public static SandboxServer start(int port, SandboxDatabase database, Duration sweepEvery) {
        return start(port, database, sweepEvery, SESSION_IDLE_TIMEOUT);
    }

    /** As {@link #start(int, SandboxDatabase, Duration)}, ending sessions idle for {@code sessionIdle}. */
    static SandboxServer start(int port, SandboxDatabase database, Duration sweepEvery, Duration sessionIdle) {
        GenericApplicationContext beans;
        try {
            beans = SandboxContext.start(Map.of("sandboxDatabase", database, "sweepEvery", sweepEvery));
        } catch (BeansException e) {
            throw wiringFailed(e);
        }
        try {
            Server server = server(port, database, beans, sessionIdle);
            return new SandboxServer(server, database, beans);
        } catch (BeansException e) {
            beans.close();
            throw wiringFailed(e);
        } catch (RuntimeException e) {
            beans.close();
            throw e;
        }
    }

    private static StartupException wiringFailed(BeansException e) {
        return new StartupException("The add-on's wiring (plugin-context.xml with sandbox-context.xml) failed: "
                + reason(e));
    }

    private static Server server(int port, SandboxDatabase database, GenericApplicationContext beans, Duration sessionIdle) {
        DemoDirectory directory = beans.getBean("customerDirectory", DemoDirectory.class);
        SandboxCallers callers = beans.getBean("callerSource", SandboxCallers.class);
        AuditLog auditLog = beans.getBean("auditLog", AuditLog.class);
        Clock clock = beans.getBean("clock", Clock.class);
        Messages messages = beans.getBean("messages", Messages.class);
        DemoData.seed(directory, beans.getBean("keyUserStore", KeyUserStore.class), auditLog, clock);

        Server server = new Server();
        // No "Server: Jetty(12...)" header, no version on any page (issue 17, point 8).
        org.eclipse.jetty.server.HttpConfiguration httpConfig = new org.eclipse.jetty.server.HttpConfiguration();
        httpConfig.setSendServerVersion(false);
        httpConfig.setSendXPoweredBy(false);
        ServerConnector http = new ServerConnector(server, new org.eclipse.jetty.server.HttpConnectionFactory(httpConfig));
        http.setHost("127.0.0.1");
        http.setPort(port);
        server.addConnector(http);

        ServletContextHandler context = new ServletContextHandler(server, "/", ServletContextHandler.SESSIONS);
        // Sessions only for someone who signed in, in a cookie only, ended after half an hour idle (issue 17, point 3).
        SessionHandler sessions = context.getSessionHandler();
        sessions.setHttpOnly(true);
        sessions.setSameSite(org.eclipse.jetty.http.HttpCookie.SameSite.LAX);
        sessions.setMaxInactiveInterval((int) sessionIdle.toSeconds());
        server.setAttribute(SessionHandler.class.getName(), sessions);
        sessions.setSessionTrackingModes(EnumSet.of(SessionTrackingMode.COOKIE));
        sessions.setUsingUriParameters(false);
        // One translated error answer without internals for all the pages and the API did not answer (issue 17, point 2).
        context.setErrorHandler(new ErrorPages(messages));
        server.setErrorHandler(new org.eclipse.jetty.server.handler.ErrorHandler() {
            { setShowStacks(false); setShowCauses(false); setShowMessageInTitle(false); }
        });
        SignInThrottle throttle = new SignInThrottle(clock);
        context.addFilter(new FilterHolder(new SecurityHeaders(messages)), "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addFilter(new FilterHolder(new UnreadBodySwallower()), "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addFilter(new FilterHolder(new SignInFilter(directory, callers, auditLog, clock, throttle, messages)), "/*",
                EnumSet.of(DispatcherType.REQUEST));

        PluginDescriptor plugin = PluginDescriptor.read(SandboxServer.class.getClassLoader());

        // REST v2: the plugin's resource classes (the <rest> module's packages) and the host's own, all
        // built by HK2 from the context's beans.
        ResourceConfig rest = new ResourceConfig()
                .packages(plugin.restPackages().toArray(String[]::new))
                .register(JacksonFeature.class)
                .register(new SpringBeansBinder(beans.getBeanFactory()))
                .register(RestResources.class)
                .register(RestAccess.class)
                .register(UnexpectedErrors.class)
                .register(RequestResource.class);
        ServletHolder restServlet = new ServletHolder(new ServletContainer(rest));
        restServlet.setInitOrder(0); // built at start, so a resource HK2 cannot build fails the start
        context.addServlet(restServlet, REST_PATH + "/*");

        // The plugin's <servlet> modules, created as Jira's module factory creates them.
        AutowireCapableBeanFactory factory = beans.getAutowireCapableBeanFactory();
        for (PluginDescriptor.Servlet module : plugin.servlets()) {
            Servlet servlet;
            try {
                servlet = (Servlet) factory.createBean(servletClass(module), AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR,
                        false);
            } catch (BeansException e) {
                throw new StartupException("Servlet module " + module.key() + " (" + module.className() + ") cannot be"
                        + " created by autowiring from the plugin's beans, as Jira's module factory does: " + e.getMessage());
            }
            ServletHolder holder = new ServletHolder(module.key(), servlet);
            for (String pattern : module.urlPatterns()) {
                context.addServlet(holder, SERVLETS_PATH + pattern);
            }
        }

        ServletHolder portalPages = new ServletHolder(new PortalServlet(callers, beans.getBean("portal", Portal.class),
                beans.getBean("intake", Intake.class), directory, beans.getBean("formTokens", FormTokens.class),
                beans.getBean("pageRenderer", PageRenderer.class), beans.getBean("slaPreview", SlaPreview.class),
                beans.getBean("priorityDecisions", PriorityDecisions.class), beans.getBean("requestClocks", RequestClocks.class),
                beans.getBean("escalations", Escalations.class), beans.getBean("serviceRequests", AoServiceRequests.class),
                beans.getBean("agentQueue", nl.mijnaansluiting.servicedesk.sandbox.request.AgentQueue.class)));
        // Attachments: files a bit over the limit still arrive, so the form can say which one is too large.
        portalPages.getRegistration().setMultipartConfig(new javax.servlet.MultipartConfigElement(
                System.getProperty("java.io.tmpdir"), 2L * Upload.MAX_BYTES, 12L * Upload.MAX_BYTES, 1024 * 1024));
        context.addServlet(portalPages, "/portal/*");
        context.addServlet(portalPages, "/queue");
        context.addServlet(new ServletHolder(new LoginServlet(directory, callers,
                beans.getBean("velocityTemplates", VelocityTemplates.class),
                beans.getBean("pageChrome", SandboxPageChrome.class), messages, auditLog, clock, throttle)), "/login");
        // "Aanmelden" (seed 000): visitors create their own customer account; throttled apart from sign-ins.
        context.addServlet(new ServletHolder(new SignUpServlet(directory, callers,
                beans.getBean("velocityTemplates", VelocityTemplates.class),
                beans.getBean("pageChrome", SandboxPageChrome.class), messages, auditLog, clock, new SignInThrottle(clock))),
                SignUpServlet.PATH);
        context.addServlet(new ServletHolder(new WebSudoServlet(directory, callers,
                beans.getBean("adminSessions", SandboxAdminSessions.class),
                beans.getBean("velocityTemplates", VelocityTemplates.class),
                beans.getBean("pageChrome", SandboxPageChrome.class), messages, auditLog, clock, throttle)), SandboxAdminSessions.PAGE);
        context.addServlet(new ServletHolder(new SessionServlets.Logout()), "/logout");
        context.addServlet(new ServletHolder(new SessionServlets.Language()), "/language");
        context.addServlet(new ServletHolder(new HealthServlet(database)), "/health");
        context.addServlet(new ServletHolder(new StaticServlet()), "/static/*");
        context.addServlet(new ServletHolder(new RootServlet()), "");

        server.setStopAtShutdown(false);
        try {
            server.start();
        } catch (IOException e) {
            stopQuietly(server);
            if (e instanceof BindException || e.getCause() instanceof BindException) {
                throw new StartupException("Port " + port + " is already in use; choose another with --port.");
            }
            throw new StartupException("Cannot start the web server: " + e.getMessage());
        } catch (Exception e) {
            stopQuietly(server);
            throw new StartupException("Cannot start the web server: " + reason(e));
        }
        return server;
    }

    /**
     * The first cause that is not Jetty's wrapping of it (a servlet that failed to start names only itself),
     * on one line.
     */
    private static String reason(Throwable e) {
        String reason = e.getMessage();
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (!(cause instanceof javax.servlet.ServletException) && !cause.getClass().getName().startsWith("org.eclipse.jetty.")
                    && cause.getMessage() != null) {
                reason = cause.getMessage();
                break;
            }
        }
        return String.valueOf(reason).strip().replaceAll("\\s*\\n\\s*", " ");
    }

    private static Class<?> servletClass(PluginDescriptor.Servlet module) {
        try {
            return Class.forName(module.className(), false, SandboxServer.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new StartupException("Servlet module " + module.key() + ": no class " + module.className());
        }
    }

    /** "/" goes to the start page. */
    private static final class RootServlet extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.sendRedirect(SandboxPageChrome.HOME);
        }
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception ignored) {
            // already failing; the caller reports the first cause
        }
    }

    public int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    /** How many sessions were made since the start (someone signed in, or confirmed the password). */
    public int sessionsCreated() {
        return ((SessionHandler) server.getAttribute(SessionHandler.class.getName())).getSessionManager().getSessionsCreated();
    }

    /** The sandbox's people (the demo users and the accounts made by signing up). */
    public DemoDirectory directory() {
        return beans.getBean("customerDirectory", DemoDirectory.class);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() {
        beans.close(); // stops the escalation sweep first
        stopQuietly(server);
        database.close();
    }
}
