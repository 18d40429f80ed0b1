package nl.mijnaansluiting.servicedesk.sandbox;

import nl.mijnaansluiting.servicedesk.aohost.HostActiveObjects;
import nl.mijnaansluiting.servicedesk.audit.AuditLog;
import nl.mijnaansluiting.servicedesk.sandbox.request.Intake;
import nl.mijnaansluiting.servicedesk.request.KeyUserStore;
import nl.mijnaansluiting.servicedesk.request.Portal;
import nl.mijnaansluiting.servicedesk.request.TemplateCatalogue;
import nl.mijnaansluiting.servicedesk.request.Templates;
import nl.mijnaansluiting.servicedesk.sandbox.request.Upload;
import nl.mijnaansluiting.servicedesk.sandbox.store.AoServiceRequests;
import nl.mijnaansluiting.servicedesk.request.KeyUsers;
import nl.mijnaansluiting.servicedesk.rest.AuditResource;
import nl.mijnaansluiting.servicedesk.rest.KeyUserResource;
import nl.mijnaansluiting.servicedesk.rest.MeResource;
import nl.mijnaansluiting.servicedesk.priority.PrioritySchemes;
import nl.mijnaansluiting.servicedesk.rest.PriorityResource;
import nl.mijnaansluiting.servicedesk.rest.ReportResource;
import nl.mijnaansluiting.servicedesk.rest.SlaAdminResource;
import nl.mijnaansluiting.servicedesk.sla.SlaSettings;
import nl.mijnaansluiting.servicedesk.store.AoSlaSettingsStore;
import nl.mijnaansluiting.servicedesk.sla.ComplianceReports;
import nl.mijnaansluiting.servicedesk.web.ComplianceReportServlet;
import nl.mijnaansluiting.servicedesk.web.SlaAdminServlet;
import nl.mijnaansluiting.servicedesk.rest.PriorityDecisionResource;
import nl.mijnaansluiting.servicedesk.rest.ProblemMapper;
import nl.mijnaansluiting.servicedesk.rest.SlaResource;
import nl.mijnaansluiting.servicedesk.sla.RequestClocks;
import nl.mijnaansluiting.servicedesk.sla.SlaPreview;
import nl.mijnaansluiting.servicedesk.store.AoClockStore;
import nl.mijnaansluiting.servicedesk.rest.TemplateResource;
import nl.mijnaansluiting.servicedesk.rest.ProvisioningResource;
import nl.mijnaansluiting.servicedesk.web.ProvisioningAdminServlet;
import nl.mijnaansluiting.servicedesk.provisioning.TemplateProvisioning;
import nl.mijnaansluiting.servicedesk.request.KeyUserRequestTypes;
import nl.mijnaansluiting.servicedesk.sandbox.store.AoServiceProjects;
import nl.mijnaansluiting.servicedesk.store.AoAuditLog;
import nl.mijnaansluiting.servicedesk.store.AoKeyUserStore;
import nl.mijnaansluiting.servicedesk.store.AoPrioritySchemeStore;
import nl.mijnaansluiting.servicedesk.store.AoPriorityDecisionStore;
import nl.mijnaansluiting.servicedesk.priority.PriorityDecisions;
import nl.mijnaansluiting.servicedesk.store.AoTemplateStore;
import nl.mijnaansluiting.servicedesk.text.Messages;
import nl.mijnaansluiting.servicedesk.web.AuditServlet;
import nl.mijnaansluiting.servicedesk.web.HomeServlet;
import nl.mijnaansluiting.servicedesk.web.KeyUserAdminServlet;
import nl.mijnaansluiting.servicedesk.web.TemplateAdminServlet;
import nl.mijnaansluiting.servicedesk.web.PriorityAdminServlet;
import nl.mijnaansluiting.servicedesk.web.PageRenderer;
import org.eclipse.jetty.ee8.nested.ErrorHandler;
import org.eclipse.jetty.ee8.servlet.FilterHolder;
import org.eclipse.jetty.ee8.servlet.ServletContextHandler;
import org.eclipse.jetty.ee8.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;

import javax.servlet.DispatcherType;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.BindException;
import java.time.Clock;
import java.time.Duration;
import nl.mijnaansluiting.servicedesk.escalation.EscalationActions;
import nl.mijnaansluiting.servicedesk.escalation.EscalationPlanner;
import nl.mijnaansluiting.servicedesk.escalation.EscalationPolicies;
import nl.mijnaansluiting.servicedesk.escalation.EscalationSweep;
import nl.mijnaansluiting.servicedesk.escalation.Escalations;
import nl.mijnaansluiting.servicedesk.escalation.NotificationDelivery;
import nl.mijnaansluiting.servicedesk.rest.EscalationAdminResource;
import nl.mijnaansluiting.servicedesk.rest.EscalationResource;
import nl.mijnaansluiting.servicedesk.store.AoEscalationStore;
import nl.mijnaansluiting.servicedesk.web.EscalationAdminServlet;
import java.util.EnumSet;

/**
 * The sandbox: Jetty serving the plugin's REST resources at Jira's paths (/rest/ma-servicedesk/1.0),
 * its pages at /plugins/servlet/ma-servicedesk/..., and the host's login, health and static files.
 * Components are wired here by hand exactly as META-INF/spring/plugin-context.xml wires them in Jira.
 */
public final class SandboxServer implements AutoCloseable {

    public static final String REST_PATH = "/rest/ma-servicedesk/1.0";
    public static final String PAGES_PATH = "/plugins/servlet/ma-servicedesk";

    private final Server server;
    private final SandboxDatabase database;
    private final EscalationScheduler scheduler;

    private SandboxServer(Server server, SandboxDatabase database, EscalationScheduler scheduler) {
        this.server = server;
        this.database = database;
        this.scheduler = scheduler;
    }

    /** Starts on the given port (0: any free port) with the given database; throws {@link StartupException}. */
    public static SandboxServer start(int port, SandboxDatabase database) {
        return start(port, database, Duration.ofMinutes(1));
    }

    /** As {@link #start(int, SandboxDatabase)}, sweeping for escalations every {@code sweepEvery}. */
    public static SandboxServer start(int port, SandboxDatabase database, Duration sweepEvery) {
        Clock clock = Clock.systemUTC();
        Messages messages = new Messages();
        DemoDirectory directory = new DemoDirectory();
        SandboxCallers callers = new SandboxCallers();
        HostActiveObjects activeObjects = new HostActiveObjects(database.entityManager());
        AuditLog auditLog = new AoAuditLog(activeObjects);
        VelocityTemplates templates = new VelocityTemplates();
        SandboxPageChrome chrome = new SandboxPageChrome(callers, messages);
        PageRenderer pages = new PageRenderer(templates, chrome, messages);
        SessionFormTokens formTokens = new SessionFormTokens();
        KeyUserStore keyUserStore = new AoKeyUserStore(activeObjects);
        AoSlaSettingsStore settingsStore = new AoSlaSettingsStore(activeObjects);
        KeyUsers keyUsers = new KeyUsers(keyUserStore, directory, auditLog, clock, directory, settingsStore);
        DemoData.seed(directory, keyUserStore, auditLog, clock);
        PrioritySchemes prioritySchemes = new PrioritySchemes(new AoPrioritySchemeStore(activeObjects), auditLog, clock);
        SlaSettings slaSettings = new SlaSettings(settingsStore, auditLog, clock);
        SlaPreview slaPreview = new SlaPreview(slaSettings);
        AoClockStore clockStore = new AoClockStore(activeObjects);
        AoEscalationStore escalationStore = new AoEscalationStore(activeObjects);
        EscalationPolicies escalationPolicies = new EscalationPolicies(settingsStore, directory, auditLog, clock);
        EscalationPlanner escalationPlanner = new EscalationPlanner(escalationPolicies, escalationStore);
        RequestClocks requestClocks = new RequestClocks(slaSettings, clockStore, escalationPlanner);
        Templates requestTemplates = new Templates(TemplateCatalogue.mijnAansluiting(), new AoTemplateStore(activeObjects),
                auditLog, prioritySchemes, clock);
        Portal portal = new Portal(requestTemplates, keyUsers, prioritySchemes);
        PriorityDecisions priorityDecisions = new PriorityDecisions(new AoPriorityDecisionStore(activeObjects),
                prioritySchemes, messages, auditLog, clock, requestClocks);
        ComplianceReports complianceReports = new ComplianceReports(clockStore, priorityDecisions, slaSettings);
        AoServiceRequests serviceRequests = new AoServiceRequests(activeObjects);
        SandboxRequestDesk desk = new SandboxRequestDesk(serviceRequests, clock);
        EscalationActions escalationActions = new EscalationActions(escalationPolicies, escalationStore, desk, directory, messages);
        EscalationSweep sweep = new EscalationSweep(clockStore, slaSettings, escalationPlanner, escalationStore,
                escalationActions, clock);
        Escalations escalations = new Escalations(escalationPolicies, escalationStore, escalationActions, priorityDecisions,
                clockStore, clock);
        // The sandbox's outbox is the mail: a notification handed over stays there for the outbox page.
        NotificationDelivery delivery = new NotificationDelivery(escalationStore, notification -> { }, clock);
        Intake intake = new Intake(portal, keyUsers, directory, serviceRequests, prioritySchemes,
                priorityDecisions,
                requestClocks, messages, clock);

        // The sandbox's service project "MA" stands where JSM's request types are in Jira.
        AoServiceProjects serviceProjects = new AoServiceProjects(activeObjects);
        KeyUserRequestTypes keyUserRequestTypes = new KeyUserRequestTypes(keyUsers, directory, serviceProjects, auditLog, clock);
        TemplateProvisioning provisioning = new TemplateProvisioning(portal, requestTemplates, serviceProjects, settingsStore,
                keyUserRequestTypes, auditLog, clock);

        Server server = new Server();
        ServerConnector http = new ServerConnector(server);
        http.setHost("127.0.0.1");
        http.setPort(port);
        server.addConnector(http);

        ServletContextHandler context = new ServletContextHandler(server, "/", ServletContextHandler.SESSIONS);
        context.getSessionHandler().setHttpOnly(true);
        ErrorHandler errors = new ErrorHandler();
        errors.setShowStacks(false);
        errors.setShowServlet(false);
        errors.setShowMessageInTitle(false);
        context.setErrorHandler(errors);
        context.getSessionHandler().setSameSite(org.eclipse.jetty.http.HttpCookie.SameSite.LAX);
        context.addFilter(new FilterHolder(new UnreadBodySwallower()), "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addFilter(new FilterHolder(new SignInFilter(directory, callers, auditLog, clock)), "/*",
                EnumSet.of(DispatcherType.REQUEST));

        ResourceConfig rest = new ResourceConfig()
                .register(JacksonFeature.class)
                .register(new RestAccess(callers))
                .register(new ProblemMapper(callers, messages))
                .register(new UnexpectedErrors(messages))
                .register(new MeResource(callers))
                .register(new AuditResource(callers, auditLog))
                .register(new KeyUserResource(callers, keyUsers, directory))
                .register(new TemplateResource(callers, portal, requestTemplates))
                .register(new ProvisioningResource(callers, provisioning, messages))
                .register(new RequestResource(callers, intake))
                .register(new SlaResource(callers, slaPreview, requestClocks))
                .register(new PriorityResource(callers, prioritySchemes, messages))
                .register(new PriorityDecisionResource(callers, priorityDecisions))
                .register(new ReportResource(callers, complianceReports))
                .register(new SlaAdminResource(callers, slaSettings))
                .register(new EscalationResource(callers, escalations))
                .register(new EscalationAdminResource(callers, escalationPolicies, escalationStore));
        context.addServlet(new ServletHolder(new ServletContainer(rest)), REST_PATH + "/*");

        context.addServlet(new ServletHolder(new HomeServlet(callers, pages)), PAGES_PATH + "/home");
        context.addServlet(new ServletHolder(new AuditServlet(callers, auditLog, pages)), PAGES_PATH + "/admin/audit");
        context.addServlet(new ServletHolder(new KeyUserAdminServlet(callers, keyUsers, directory, formTokens, pages)),
                PAGES_PATH + "/admin/keyusers");
        context.addServlet(new ServletHolder(new TemplateAdminServlet(callers, requestTemplates, formTokens, pages)),
                PAGES_PATH + "/admin/templates");

        context.addServlet(new ServletHolder(new ProvisioningAdminServlet(callers, provisioning, formTokens, pages)),
                PAGES_PATH + "/admin/provisioning");
        context.addServlet(new ServletHolder(new PriorityAdminServlet(callers, prioritySchemes, formTokens, pages)),
                PAGES_PATH + "/admin/priority");
        context.addServlet(new ServletHolder(new SlaAdminServlet(callers, slaSettings, formTokens, pages)),
                PAGES_PATH + "/admin/sla");
        context.addServlet(new ServletHolder(new ComplianceReportServlet(callers, complianceReports, pages, clock)),
                PAGES_PATH + "/reports/compliance");
        context.addServlet(new ServletHolder(new EscalationAdminServlet(callers, escalationPolicies, escalationStore, formTokens,
                pages)), PAGES_PATH + "/admin/escalation");
        ServletHolder portalPages = new ServletHolder(new PortalServlet(callers, portal, intake, directory, formTokens, pages, slaPreview,
                priorityDecisions, requestClocks, escalations, serviceRequests));
        // Attachments: files a bit over the limit still arrive, so the form can say which one is too large.
        portalPages.getRegistration().setMultipartConfig(new javax.servlet.MultipartConfigElement(
                System.getProperty("java.io.tmpdir"), 2L * Upload.MAX_BYTES, 12L * Upload.MAX_BYTES, 1024 * 1024));
        context.addServlet(portalPages, "/portal/*");
        context.addServlet(portalPages, "/queue");
        context.addServlet(new ServletHolder(new LoginServlet(directory, callers, templates, chrome, messages,
                auditLog, clock)), "/login");
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
            throw new StartupException("Cannot start the web server: " + e.getMessage());
        }
        return new SandboxServer(server, database, new EscalationScheduler(sweep, delivery, sweepEvery));
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

    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() {
        scheduler.close();
        stopQuietly(server);
        database.close();
    }
}
