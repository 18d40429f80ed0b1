package nl.mijnaansluiting.servicedesk.hosttest;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.customfields.SortableCustomField;
import com.atlassian.jira.issue.customfields.impl.CalculatedCFType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.plugin.jql.function.JqlFunction;
import com.atlassian.jira.plugin.jql.function.JqlFunctionModuleDescriptor;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.index.IssueIndexingService;
import com.atlassian.jira.plugin.workflow.WorkflowPluginFactory;
import com.atlassian.plugin.web.Condition;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.FunctionProvider;
import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.Validator;
import com.opensymphony.workflow.loader.AbstractDescriptor;
import com.opensymphony.workflow.loader.FunctionDescriptor;
import com.opensymphony.workflow.loader.ValidatorDescriptor;
import org.junit.AfterClass;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.servlet.http.HttpServlet;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The built plugin jar, unchanged, in a host shaped like Jira 10.3 (see {@link JiraShapedHost}), once in a host
 * exporting servlet 2.5 and slf4j 1.7 and once in one exporting servlet 4.0 and slf4j 2.0, since which versions
 * Jira 10.3 exports is not published. It proves that Jira can load and wire the plugin; it is not Jira, so it
 * cannot prove what only a real JSM shows (its services' behaviour, REST v2's access rules, the UI around us).
 */
@RunWith(Parameterized.class)
public class PluginInJiraShapedHostIT {

    private static final Map<HostVersions, JiraShapedHost> HOSTS = new EnumMap<>(HostVersions.class);
    private static final Map<HostVersions, PluginWebHost> WEB = new EnumMap<>(HostVersions.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Parameterized.Parameters(name = "{0} host")
    public static Object[] hosts() {
        return HostVersions.values();
    }

    private final JiraShapedHost host;
    private final PluginWebHost web;

    private static final Map<HostVersions, Exception> FAILED = new EnumMap<>(HostVersions.class);

    public PluginInJiraShapedHostIT(HostVersions versions) throws Exception {
        if (FAILED.containsKey(versions)) {
            throw FAILED.get(versions);
        }
        if (!HOSTS.containsKey(versions)) {
            try {
                JiraShapedHost started = JiraShapedHost.start(versions);
                HOSTS.put(versions, started);
                WEB.put(versions, PluginWebHost.start(started));
            } catch (Exception e) {
                FAILED.put(versions, e);
                throw e;
            }
        }
        host = HOSTS.get(versions);
        web = WEB.get(versions);
    }

    @AfterClass
    public static void stopHosts() throws Exception {
        for (PluginWebHost started : WEB.values()) {
            started.close();
        }
        for (JiraShapedHost started : HOSTS.values()) {
            started.close();
        }
    }

    // ---------------------------------------------------------------- a. resolves, starts, every bean

    @Test
    public void theBundleResolvesStartsAndItsContextHoldsEveryBeanOfTheWiring() throws Exception {
        assertEquals(Bundle.ACTIVE, host.plugin().getState());
        Document wiring = JiraShapedHost.xml(host.plugin(), "META-INF/spring/plugin-context.xml");
        List<String> ids = new ArrayList<>();
        for (String element : List.of("bean", "reference")) {
            JiraShapedHost.elements(wiring, element).forEach(e -> ids.add(e.getAttribute("id")));
        }
        assertTrue("the wiring has its beans", ids.size() > 60);
        for (String id : ids) {
            assertTrue(id, host.context().containsBean(id));
            assertNotNull(id, host.context().getBean(id));
        }
    }

    @Test
    public void whatJiraProvidesComesFromTheSystemBundleAtTheHostsVersion() throws Exception {
        Map<String, BundleWire> wires = new HashMap<>();
        for (BundleWire wire : host.plugin().adapt(BundleWiring.class).getRequiredWires("osgi.wiring.package")) {
            wires.put((String) wire.getCapability().getAttributes().get("osgi.wiring.package"), wire);
        }
        for (String hostPackage : List.of("com.fasterxml.jackson.databind", "javax.servlet.http", "org.slf4j", "javax.ws.rs",
                "javax.inject", "com.atlassian.servicedesk.api.organization", "com.atlassian.jira.issue", "net.java.ao")) {
            BundleWire wire = wires.get(hostPackage);
            assertNotNull(hostPackage + " is imported", wire);
            assertEquals(hostPackage + " comes from the system bundle", 0, wire.getProvider().getBundle().getBundleId());
        }
        String servletVersion = wires.get("javax.servlet.http").getCapability().getAttributes().get("version").toString();
        assertThat(servletVersion, containsString(host.versions() == HostVersions.OLD ? "2.5" : "4.0"));
        // One Jackson for the host's REST layer and the plugin: the bundle carries none of its own.
        assertSame(JsonNode.class, host.plugin().loadClass(JsonNode.class.getName()));
        assertSame(HttpServlet.class, host.plugin().loadClass(HttpServlet.class.getName()));
        assertTrue(host.plugin().findEntries("META-INF/lib", "jackson-*", false) == null);
    }

    @Test
    public void withoutJiraServiceManagementTheAppDoesNotResolveInsteadOfFailingLater() throws Exception {
        String reason = JiraShapedHost.resolutionWithout("com.atlassian.servicedesk.");
        assertThat(reason, containsString("com.atlassian.servicedesk.api"));
    }

    @Test
    public void hostPackagesAreImportedWithoutAVersionAndWhatJiraProvidesIsMandatory() {
        String imports = host.plugin().getHeaders().get("Import-Package");
        for (String clause : imports.split(",(?=[a-z])")) {
            String name = clause.split(";")[0];
            boolean hostApi = name.startsWith("com.atlassian.") || name.startsWith("com.opensymphony.") || name.startsWith("net.java.ao")
                    || name.startsWith("javax.ws.rs") || name.startsWith("javax.servlet") || name.startsWith("javax.inject")
                    || name.startsWith("org.slf4j") || name.startsWith("com.fasterxml.jackson");
            if (hostApi) {
                assertFalse(clause + ": no version range we cannot know", clause.contains("version="));
                assertFalse(clause + ": mandatory", clause.contains("resolution:=optional"));
            }
        }
    }

    // ---------------------------------------------------------------- b. REST built by HK2, host's Jackson

    /** One call per REST resource: path, method, body; each answers JSON produced by the resource itself. */
    private static Map<String, String[]> calls() {
        Map<String, String[]> calls = new LinkedHashMap<>();
        calls.put("MeResource", new String[] {"GET", "/me", null, "200"});
        calls.put("AuditResource", new String[] {"GET", "/audit?limit=5", null, "200"});
        calls.put("EscalationAdminResource", new String[] {"GET", "/escalations/policies/borger-dk", null, "200"});
        calls.put("EscalationResource", new String[] {"GET", "/escalations/requests/MA-1", null, "200"});
        calls.put("KeyUserRequestTypeResource", new String[] {"GET", "/keyusers/request-types/7", null, "200"});
        calls.put("KeyUserResource", new String[] {"GET", "/keyusers/groups", null, "200"});
        calls.put("PriorityDecisionResource", new String[] {"GET", "/priority/requests/MA-404", null, "404"});
        calls.put("PriorityResource", new String[] {"POST", "/priority/evaluate",
                "{\"scheme\":\"mijn-aansluiting\",\"product\":\"LIP\",\"answers\":{\"omgeving\":\"productie\","
                        + "\"situatie\":\"lip-niet-beschikbaar\"}}", "200"});
        calls.put("ProvisioningResource", new String[] {"GET", "/provisioning/MA", null, "404"});
        calls.put("ReportResource", new String[] {"GET", "/reports/compliance?scheme=borger-dk&month=2026-11", null, "200"});
        calls.put("SlaAdminResource", new String[] {"GET", "/sla/calendars/borger-dk-primaer", null, "200"});
        calls.put("SlaRecalculationResource", new String[] {"POST", "/sla/recalculations/dry-run",
                "{\"scheme\":\"borger-dk\",\"month\":\"2026-11\"}", "200"});
        calls.put("SlaResource", new String[] {"POST", "/sla/preview",
                "{\"scheme\":\"borger-dk\",\"priority\":\"3\",\"start\":\"2026-12-23T16:00:00+01:00\"}", "200"});
        calls.put("TemplateResource", new String[] {"GET", "/templates", null, "200"});
        return calls;
    }

    @Test
    public void everyRestResourceIsBuiltByHk2FromThePluginsBeansAndAnswersThroughTheHostsJackson() throws Exception {
        Set<String> resources = web.restClasses().stream().filter(c -> c.isAnnotationPresent(javax.ws.rs.Path.class))
                .map(Class::getSimpleName).collect(Collectors.toCollection(TreeSet::new));
        assertEquals("a call for every resource of the REST package", new TreeSet<>(calls().keySet()), resources);
        assertTrue("the problem mapper is a provider of the package",
                web.restClasses().stream().anyMatch(c -> c.getSimpleName().equals("ProblemMapper")));
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, String[]> call : calls().entrySet()) {
            String[] c = call.getValue();
            HttpResponse<String> response = send(c[0], PluginWebHost.REST + c[1], c[2]);
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            if (response.statusCode() != Integer.parseInt(c[3]) || !contentType.startsWith("application/json")) {
                failures.add(call.getKey() + ": " + c[0] + " " + c[1] + " answered " + response.statusCode() + " " + contentType
                        + " " + response.body());
            } else {
                JsonNode body = JSON.readTree(response.body());
                if (response.statusCode() == 404 && !body.has("message")) {
                    failures.add(call.getKey() + ": a 404 that is not the plugin's translated problem: " + body);
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    /** Issue 16: the follow-up list and an agent's RCA request answer through the host too (beside each resource's one call). */
    @Test
    public void theFollowUpOfIncidentsAnswers() throws Exception {
        HttpResponse<String> open = send("GET", PluginWebHost.REST + "/reports/follow-up", null);
        assertEquals(open.body(), 200, open.statusCode());
        assertTrue(open.body(), JSON.readTree(open.body()).isArray());
        HttpResponse<String> rca = send("POST", PluginWebHost.REST + "/sla/requests/MA-404/rca", null);
        assertEquals(rca.body(), 404, rca.statusCode());
        assertEquals("ma.sla.error.no-clocks", JSON.readTree(rca.body()).path("error").asText());
    }

    /** Issue 16 point 4: availability per month answers through the host, JSON and CSV. */
    @Test
    public void availabilityPerMonthAnswers() throws Exception {
        HttpResponse<String> json = send("GET", PluginWebHost.REST + "/reports/availability?month=2026-11", null);
        assertEquals(json.body(), 200, json.statusCode());
        assertEquals("MijnOverheid", JSON.readTree(json.body()).path("products").path(0).path("product").asText());
        assertEquals(720.0, JSON.readTree(json.body()).path("products").path(0).path("hours").asDouble(), 0.0);
        HttpResponse<String> csv = send("GET", PluginWebHost.REST + "/reports/availability?month=2026-11&format=csv", null);
        assertEquals(csv.body(), 200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse(""), csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    }

    @Test
    public void jsonNodeBodiesGoOutAndComeInThroughTheHostsJackson() throws Exception {
        HttpResponse<String> calendar = send("GET", PluginWebHost.REST + "/sla/calendars/borger-dk-primaer", null);
        assertEquals(calendar.body(), 200, calendar.statusCode());
        JsonNode json = JSON.readTree(calendar.body());
        // A JsonNode written as a bean by a foreign Jackson reads {"empty":false,"nodeType":"OBJECT",...}.
        assertFalse(calendar.body(), json.has("nodeType"));
        assertEquals("borger-dk-primaer", json.path("key").asText());

        HttpResponse<String> saved = send("PUT", PluginWebHost.REST + "/sla/calendars/borger-dk-primaer", calendar.body());
        assertEquals(saved.body(), 200, saved.statusCode());
        assertEquals(json, JSON.readTree(saved.body()));

        HttpResponse<String> definition = send("GET", PluginWebHost.REST + "/templates/informatievraag/definition", null);
        assertEquals(definition.body(), 200, definition.statusCode());
        HttpResponse<String> again = send("PUT", PluginWebHost.REST + "/templates/informatievraag", definition.body());
        assertEquals(again.body(), 200, again.statusCode());
        assertEquals(JSON.readTree(definition.body()).path("key"), JSON.readTree(again.body()).path("key"));
    }

    // ---------------------------------------------------------------- c. every module class of the descriptor

    @Test
    public void everyServletModuleIsAutowiredFromTheContextAndShowsItsPage() throws Exception {
        Document descriptor = JiraShapedHost.xml(host.plugin(), "atlassian-plugin.xml");
        List<Element> modules = JiraShapedHost.elements(descriptor, "servlet");
        assertEquals(modules.size(), web.servlets().size());
        List<String> failures = new ArrayList<>();
        for (String pattern : web.servlets().keySet()) {
            HttpResponse<String> page = send("GET", PluginWebHost.SERVLETS + pattern, null);
            if (page.statusCode() != 200 || !page.body().contains("</html>") || page.body().contains("$texts")) {
                failures.add(pattern + " answered " + page.statusCode() + ": " + abbreviated(page.body()));
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    public void everyAdminPageAsksJirasWebSudoAndStopsWithoutASecureAdministratorSession() throws Exception {
        Document descriptor = JiraShapedHost.xml(host.plugin(), "atlassian-plugin.xml");
        List<String> admin = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        host.services().webSudoSession(false);
        try {
            for (Element module : JiraShapedHost.elements(descriptor, "servlet")) {
                String pattern = text(module, "url-pattern");
                HttpResponse<String> page = send("GET", PluginWebHost.SERVLETS + pattern, null);
                boolean adminPage = pattern.startsWith("/ma-servicedesk/admin/");
                if (adminPage) {
                    admin.add(pattern);
                }
                String location = page.headers().firstValue("Location").orElse("");
                boolean sentToWebSudo = page.statusCode() == 302 && location.contains("WebSudoAuthenticate");
                if (adminPage != sentToWebSudo || (!adminPage && page.statusCode() != 200)) {
                    failures.add(pattern + " answered " + page.statusCode() + " " + location);
                }
            }
        } finally {
            host.services().webSudoSession(true);
        }
        assertEquals(List.of(), failures);
        assertEquals(8, admin.size());
        org.mockito.Mockito.verify(host.services().webSudo(), org.mockito.Mockito.atLeast(admin.size()))
                .willExecuteWebSudoRequest(org.mockito.ArgumentMatchers.any());
    }

    @Test
    public void everyWebFragmentConditionIsCreatedAsJiraDoesAndEveryLabelIsTranslated() throws Exception {
        Document descriptor = JiraShapedHost.xml(host.plugin(), "atlassian-plugin.xml");
        List<Element> fragments = new ArrayList<>(JiraShapedHost.elements(descriptor, "web-section"));
        fragments.addAll(JiraShapedHost.elements(descriptor, "web-item"));
        assertEquals(12, fragments.size());
        Properties dutch = bundleProperties("i18n/ma-servicedesk.properties");
        Properties english = bundleProperties("i18n/ma-servicedesk_en.properties");
        for (Element fragment : fragments) {
            String label = ((Element) fragment.getElementsByTagName("label").item(0)).getAttribute("key");
            assertTrue(label, dutch.containsKey(label) && english.containsKey(label));
            Element condition = (Element) fragment.getElementsByTagName("condition").item(0);
            Condition created = (Condition) create(condition.getAttribute("class"));
            created.init(Map.of());
            // Jira's host signs in the administrator: every link of the add-on is shown to them.
            boolean shown = onAHostThread(() -> created.shouldDisplay(new HashMap<>()));
            assertTrue(fragment.getAttribute("key"), shown);
        }
    }

    @Test
    public void everyWorkflowModuleIsAutowiredAndItsFactoryViewsRender() throws Exception {
        Document descriptor = JiraShapedHost.xml(host.plugin(), "atlassian-plugin.xml");
        TemplateRenderer renderer = (TemplateRenderer) host.context().getBean("templateRenderer");
        int modules = 0;
        for (String kind : List.of("workflow-function", "workflow-validator")) {
            for (Element module : JiraShapedHost.elements(descriptor, kind)) {
                modules++;
                WorkflowPluginFactory factory = (WorkflowPluginFactory) create(module.getAttribute("class"));
                String runtimeClass = text(module, kind.equals("workflow-function") ? "function-class" : "validator-class");
                Object runtime = create(runtimeClass);
                AbstractDescriptor configured = kind.equals("workflow-function") ? functionDescriptor() : validatorDescriptor();
                for (Element resource : JiraShapedHost.elements(module.getOwnerDocument(), "resource")) {
                    if (resource.getParentNode() != module) {
                        continue;
                    }
                    String name = resource.getAttribute("name");
                    Map<String, Object> params = new HashMap<>(factory.getVelocityParams(name, "input-parameters".equals(name) ? null
                            : configured));
                    StringWriter out = new StringWriter();
                    renderer.render(resource.getAttribute("location"), params, out);
                    assertFalse(module.getAttribute("key") + " " + name + ": " + out, out.toString().contains("$texts"));
                    assertFalse(module.getAttribute("key") + " " + name + " renders something", out.toString().isBlank());
                }
                assertNotNull(factory.getDescriptorParams(Map.of()));
                Map<String, Object> transientVars = new HashMap<>(Map.of("issue", issue()));
                if (runtime instanceof FunctionProvider) {
                    // Not configured: the post-function logs and lets the transition pass (JMWE's habit).
                    ((FunctionProvider) runtime).execute(transientVars, new HashMap<>(), mock(PropertySet.class));
                } else {
                    try {
                        ((Validator) runtime).validate(transientVars, new HashMap<>(), mock(PropertySet.class));
                    } catch (InvalidInputException refused) {
                        assertFalse(runtimeClass + " refuses in words", String.valueOf(refused.getErrors()).isBlank()
                                && String.valueOf(refused.getGenericErrors()).isBlank());
                    }
                }
            }
        }
        assertTrue(modules >= 5);
    }

    @Test
    public void everyContextProviderIsAutowiredAndFillsItsPanel() throws Exception {
        Document descriptor = JiraShapedHost.xml(host.plugin(), "atlassian-plugin.xml");
        TemplateRenderer renderer = (TemplateRenderer) host.context().getBean("templateRenderer");
        List<Element> panels = JiraShapedHost.elements(descriptor, "web-panel");
        assertFalse(panels.isEmpty());
        for (Element panel : panels) {
            Element provider = (Element) panel.getElementsByTagName("context-provider").item(0);
            ContextProvider contextProvider = (ContextProvider) create(provider.getAttribute("class"));
            contextProvider.init(Map.of());
            Map<String, Object> context = onAHostThread(() -> contextProvider.getContextMap(new HashMap<>(Map.of("issue", issue()))));
            StringWriter out = new StringWriter();
            Element view = (Element) panel.getElementsByTagName("resource").item(0);
            onAHostThread(() -> {
                try {
                    renderer.render(view.getAttribute("location"), new HashMap<>(context), out);
                    return null;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            assertFalse(panel.getAttribute("key") + ": " + out, out.toString().isBlank() || out.toString().contains("$texts"));
        }
    }

    @Test
    public void theSlaFieldTypeAndEverySlaJqlFunctionAreCreatedAndAnswerAsJiraAsks() throws Exception {
        Document descriptor = JiraShapedHost.xml(host.plugin(), "atlassian-plugin.xml");
        TemplateRenderer renderer = (TemplateRenderer) host.context().getBean("templateRenderer");
        List<Element> fields = JiraShapedHost.elements(descriptor, "customfield-type");
        assertEquals(1, fields.size());
        for (Element field : fields) {
            Object type = create(field.getAttribute("class"));
            assertTrue(field.getAttribute("key"), type instanceof CalculatedCFType && type instanceof SortableCustomField);
            // An issue without clocks (the host's database has none): no SLA, read from the bundle's tables.
            Object value = onAHostThread(() -> ((CustomFieldType<?, ?>) type).getValueFromIssue(mock(CustomField.class), issue()));
            assertEquals(null, value);
            Set<String> views = new TreeSet<>();
            for (Element resource : JiraShapedHost.elements(descriptor, "resource")) {
                if (resource.getParentNode() != field) {
                    continue;
                }
                views.add(resource.getAttribute("name"));
                StringWriter out = new StringWriter();
                Map<String, Object> context = new HashMap<>();
                context.put("value", value);
                renderer.render(resource.getAttribute("location"), context, out);
                assertFalse(resource.getAttribute("location") + ": " + out, out.toString().contains("$"));
            }
            assertEquals(Set.of("column-view", "view", "xml"), views);
        }
        List<Element> functions = JiraShapedHost.elements(descriptor, "jql-function");
        assertEquals(5, functions.size());
        TerminalClause clause = mock(TerminalClause.class);
        for (Element module : functions) {
            JqlFunction function = (JqlFunction) create(module.getAttribute("class"));
            function.init(mock(JqlFunctionModuleDescriptor.class));
            String name = text(module, "fname");
            assertEquals(name, function.getFunctionName());
            assertEquals(Boolean.parseBoolean(text(module, "list")), function.isList());
            List<String> arguments = function.getMinimumNumberOfExpectedArguments() == 1 ? List.of("1h", "resolution") : List.of("resolution");
            FunctionOperand operand = new FunctionOperand(name, arguments);
            MessageSet valid = onAHostThread(() -> function.validate(null, operand, clause));
            assertFalse(name + valid.getErrorMessages(), valid.hasAnyErrors());
            // One query of the bundle's SLA tables on the host's Active Objects: nothing matches in an empty Jira.
            List<?> literals = onAHostThread(() -> function.getValues(mock(QueryCreationContext.class), operand, clause));
            assertEquals(List.of(), literals);
            FunctionOperand wrong = new FunctionOperand(name, List.of("geen-doel", "x", "y"));
            MessageSet refused = onAHostThread(() -> function.validate(null, wrong, clause));
            assertTrue(name, refused.hasAnyErrors());
            String message = refused.getErrorMessages().iterator().next();
            assertFalse(name + " says why in words, through the host's i18n: " + message, message.startsWith("ma.") || message.isBlank());
        }
    }

    @Test
    public void salStartsTheEscalationJobAndItsRunnerRunsOnAHostThread() throws Exception {
        ServiceReference<?>[] lifecycle = host.plugin().getRegisteredServices();
        LifecycleAware started = null;
        for (ServiceReference<?> reference : lifecycle == null ? new ServiceReference<?>[0] : lifecycle) {
            Object service = host.systemContext().getService(reference);
            if (service instanceof LifecycleAware) {
                started = (LifecycleAware) service;
            }
        }
        assertNotNull("the plugin exports its LifecycleAware to SAL", started);
        LifecycleAware sal = started;
        onAHostThread(() -> {
            sal.onStart();
            return null;
        });
        List<JobRunner> runners = host.services().registeredJobRunners();
        assertEquals(1, runners.size());
        JobRunnerResponse response = onAHostThread(() -> runners.get(0).runJob(mock(JobRunnerRequest.class)));
        assertNotNull(response);
    }

    @Test
    public void theSweepsWorkersRunInJirasThreadContextAndAnIssueTheAddOnChangesIsReindexed() throws Exception {
        // The sweep's worker context, as the bundle wired it: handed over on the sweep's thread through SAL's
        // ThreadLocalDelegateExecutorFactory, run on a worker inside the host's thread context.
        Object workerContext = host.context().getBean("workerContext");
        Method handOver = workerContext.getClass().getMethod("handOver", java.util.concurrent.Callable.class);
        java.util.concurrent.Callable<String> work = () -> String.valueOf(host.services().insideHostThreadContext());
        java.util.concurrent.Callable<?> handedOver = onAHostThread(() -> {
            try {
                return (java.util.concurrent.Callable<?>) handOver.invoke(workerContext, work);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e.getCause() == null ? e : e.getCause());
            }
        });
        Object result = onAHostThread(() -> {
            try {
                return handedOver.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals("the work ran inside the context SAL set up on the worker", "true", result);
        assertFalse(host.services().insideHostThreadContext());

        // A hand-over applied to an issue through the bundle's desk: stored, then reindexed by Jira's service.
        MutableIssue changed = mock(MutableIssue.class);
        when(((IssueManager) host.services().serviceFor(IssueManager.class)).getIssueObject("MA-HOST-1")).thenReturn(changed);
        Object desk = host.context().getBean("requestDesk");
        desk.getClass().getMethod("reassign", String.class, String.class, String.class, String.class).invoke(desk, "MA-HOST-1",
                "2nd-level-support", "[Escalatie] Overgedragen aan 2nd-level-support.", "ma-servicedesk-app");
        verify((IssueIndexingService) host.services().serviceFor(IssueIndexingService.class)).reIndex(changed);

        // Clocks re-planned after a calendar change: the issue is not touched, but Jira's index of it follows.
        MutableIssue replanned = mock(MutableIssue.class);
        when(((IssueManager) host.services().serviceFor(IssueManager.class)).getIssueObject("MA-HOST-2")).thenReturn(replanned);
        desk.getClass().getMethod("reindex", java.util.Collection.class).invoke(desk, List.of("MA-HOST-2"));
        verify((IssueIndexingService) host.services().serviceFor(IssueIndexingService.class)).reIndex(replanned);
        Object replanning = host.context().getBean("clockReplanning");
        Object replanResult = onAHostThread(() -> {
            try {
                return replanning.getClass().getMethod("run").invoke(replanning);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e.getCause() == null ? e : e.getCause());
            }
        });
        assertNotNull("the bundle's re-planning runs on the host's Active Objects", replanResult);
    }

    // ---------------------------------------------------------------- d. a Jira thread's context class loader

    @Test
    public void holidaysAreFoundOnAThreadWhoseContextClassLoaderIsTheHosts() throws Exception {
        Class<?> holidays = host.plugin().loadClass("nl.mijnaansluiting.servicedesk.sla.PublicHolidays");
        Object denmark = holidays.getMethod("of", String.class).invoke(null, "DK");
        Method daysOff = holidays.getMethod("daysOff", int.class);
        Map<?, ?> days = onAHostThread(() -> {
            try {
                return (Map<?, ?>) daysOff.invoke(denmark, 2026);
            } catch (Exception e) {
                throw new IllegalStateException(e.getCause());
            }
        });
        assertTrue(days.toString(), days.containsKey(LocalDate.of(2026, 12, 25)));
        assertTrue(days.toString(), days.containsKey(LocalDate.of(2026, 4, 3)));
    }

    // ---------------------------------------------------------------- helpers

    /** What Jira's module factory does with a module class of a Spring-wired plugin. */
    private Object create(String className) throws ClassNotFoundException {
        Class<?> type = host.plugin().loadClass(className);
        return host.context().getAutowireCapableBeanFactory().createBean(type, AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR,
                false);
    }

    private Properties bundleProperties(String entry) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = host.plugin().getEntry(entry).openStream()) {
            properties.load(new InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }

    /** Runs on a new thread whose context class loader is the host's, as Jira's threads are. */
    private static <T> T onAHostThread(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(work.get());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, "jira-like-thread");
        thread.setContextClassLoader(PluginInJiraShapedHostIT.class.getClassLoader());
        thread.start();
        return result.get();
    }

    private static MutableIssue issue() {
        MutableIssue issue = mock(MutableIssue.class, org.mockito.Mockito.RETURNS_DEEP_STUBS);
        org.mockito.Mockito.when(issue.getKey()).thenReturn("MA-1");
        return issue;
    }

    private static FunctionDescriptor functionDescriptor() {
        FunctionDescriptor descriptor = new FunctionDescriptor();
        descriptor.getArgs().put("class.name", "configured");
        return descriptor;
    }

    private static ValidatorDescriptor validatorDescriptor() {
        ValidatorDescriptor descriptor = new ValidatorDescriptor();
        descriptor.getArgs().put("class.name", "configured");
        return descriptor;
    }

    private static String text(Element module, String child) {
        return module.getElementsByTagName(child).item(0).getTextContent().trim();
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(web.baseUrl() + path))
                .header("Accept", "application/json, text/html");
        if (body != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String abbreviated(String body) {
        return body.length() > 600 ? body.substring(0, 600) + "..." : body;
    }
}
