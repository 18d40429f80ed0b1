package nl.mijnaansluiting.servicedesk.hosttest;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.executor.ThreadLocalDelegateExecutorFactory;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.servicedesk.api.organization.OrganizationService;
import com.atlassian.servicedesk.api.organization.OrganizationsQuery;
import com.atlassian.servicedesk.api.organization.UsersInOrganizationQuery;
import com.atlassian.servicedesk.api.util.paging.PagedResponse;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;
import net.java.ao.builder.EntityManagerBuilder;
import nl.mijnaansluiting.servicedesk.aohost.HostActiveObjects;
import nl.mijnaansluiting.servicedesk.aohost.JiraFieldNames;
import nl.mijnaansluiting.servicedesk.aohost.JiraTableNames;
import org.mockito.AdditionalAnswers;
import org.mockito.ArgumentCaptor;
import org.mockito.Mockito;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * A service for every {@code osgi:reference} of the plugin's wiring, as Jira's would answer them. Active Objects
 * (on H2) and the template renderer are real; the rest of Jira cannot run here, so those services are Mockito
 * stand-ins of the jira-compat declarations that answer as an administrator's request would find Jira.
 */
final class HostServices {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final Map<String, Object> byInterface = new LinkedHashMap<>();
    private final SchedulerService scheduler = mock(SchedulerService.class, Mockito.RETURNS_DEEP_STUBS);
    private final AtomicBoolean webSudoSession = new AtomicBoolean(true);
    private final WebSudoManager webSudo = webSudo(webSudoSession);
    private final EntityManager entityManager;

    HostServices(List<Class<? extends RawEntity<?>>> entities, ClassLoader pluginLoader) throws SQLException {
        entityManager = EntityManagerBuilder.url("jdbc:h2:mem:host" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1")
                .username("sa").password("").schema("PUBLIC")
                .auto()
                .tableNameConverter(new JiraTableNames())
                .fieldNameConverter(new JiraFieldNames())
                .build();
        // What Jira's Active Objects plugin does with the <ao> module before the plugin first uses it.
        entityManager.migrate(entities.toArray(new Class[0]));
        byInterface.put(ActiveObjects.class.getName(), new HostActiveObjects(entityManager));
        byInterface.put(TemplateRenderer.class.getName(), new BundleTemplateRenderer(pluginLoader));
        byInterface.put(UserManager.class.getName(), signedInAdministrator());
        byInterface.put(LocaleResolver.class.getName(), dutch());
        byInterface.put(I18nResolver.class.getName(), pluginI18n(pluginLoader));
        byInterface.put(ApplicationProperties.class.getName(), baseUrl());
        byInterface.put(XsrfTokenAccessor.class.getName(), xsrfTokens());
        byInterface.put(XsrfTokenValidator.class.getName(), acceptedTokens());
        byInterface.put(WebSudoManager.class.getName(), webSudo);
        byInterface.put(ClusterLockService.class.getName(), localLocks());
        byInterface.put(SchedulerService.class.getName(), scheduler);
        byInterface.put(OrganizationService.class.getName(), noOrganisations());
        byInterface.put(ThreadLocalDelegateExecutorFactory.class.getName(), threadContexts());
        // Web resources: the page asks for its context; nothing to serve here.
        byInterface.put(PageBuilderService.class.getName(), mock(PageBuilderService.class, Mockito.RETURNS_DEEP_STUBS));
    }

    /**
     * The service for an interface the plugin references: a prepared one, else a stand-in of an empty Jira (no
     * project, no organisation, no user found: null, empty collections, false).
     */
    Object serviceFor(Class<?> type) {
        return byInterface.computeIfAbsent(type.getName(), name -> mock(type));
    }

    /** The job runners the plugin registered with the scheduler. */
    List<JobRunner> registeredJobRunners() {
        ArgumentCaptor<JobRunner> runners = ArgumentCaptor.forClass(JobRunner.class);
        Mockito.verify(scheduler, Mockito.atLeast(0)).registerJobRunner(any(), runners.capture());
        return new ArrayList<>(runners.getAllValues());
    }

    SchedulerService scheduler() {
        return scheduler;
    }

    WebSudoManager webSudo() {
        return webSudo;
    }

    /** Whether the administrator's secure session (WebSudo) is valid: yes unless a test says otherwise. */
    void webSudoSession(boolean valid) {
        webSudoSession.set(valid);
    }

    void close() {
        entityManager.flushAll();
    }

    private static UserManager signedInAdministrator() {
        UserKey key = new UserKey("admin");
        UserProfile admin = mock(UserProfile.class);
        when(admin.getUserKey()).thenReturn(key);
        when(admin.getUsername()).thenReturn("admin");
        when(admin.getFullName()).thenReturn("Ilse Beheerder");
        UserManager users = mock(UserManager.class, Mockito.RETURNS_DEEP_STUBS);
        when(users.getRemoteUser()).thenReturn(admin);
        when(users.isAdmin(any())).thenReturn(true);
        when(users.isUserInGroup(any(), anyString())).thenReturn(true);
        return users;
    }

    /** Whether the current thread runs inside the thread context the host's executor factory set up. */
    boolean insideHostThreadContext() {
        return INSIDE.get();
    }

    private static final ThreadLocal<Boolean> INSIDE = ThreadLocal.withInitial(() -> false);

    /** SAL's executor factory as Jira's works: the wrapped task runs with the context set up, cleared after. */
    @SuppressWarnings("unchecked")
    private static ThreadLocalDelegateExecutorFactory threadContexts() {
        ThreadLocalDelegateExecutorFactory executors = mock(ThreadLocalDelegateExecutorFactory.class);
        when(executors.createCallable(any())).thenAnswer(call -> {
            java.util.concurrent.Callable<Object> task = call.getArgument(0);
            return (java.util.concurrent.Callable<Object>) () -> {
                INSIDE.set(true);
                try {
                    return task.call();
                } finally {
                    INSIDE.set(false);
                }
            };
        });
        return executors;
    }

    /** JSM without customer organisations: every page of every query is empty. */
    private static OrganizationService noOrganisations() {
        OrganizationService organisations = mock(OrganizationService.class);
        when(organisations.newOrganizationsQueryBuilder()).thenReturn(mock(OrganizationsQuery.Builder.class, Mockito.RETURNS_SELF));
        when(organisations.newUsersInOrganizationQuery()).thenReturn(mock(UsersInOrganizationQuery.Builder.class,
                Mockito.RETURNS_SELF));
        when(organisations.getOrganizations(any(), any())).thenAnswer(call -> emptyPage());
        when(organisations.getUsersInOrganization(any(), any())).thenAnswer(call -> emptyPage());
        return organisations;
    }

    @SuppressWarnings("unchecked")
    private static <T> PagedResponse<T> emptyPage() {
        PagedResponse<T> page = mock(PagedResponse.class);
        when(page.getResults()).thenReturn(List.of());
        when(page.iterator()).thenAnswer(call -> List.<T>of().iterator());
        return page;
    }

    /**
     * Jira's WebSudo as SAL offers it: with a valid secure administrator session the request goes on; without one
     * willExecuteWebSudoRequest throws and enforceWebSudoProtection sends the administrator to Jira's
     * password page (an empty mock would let every admin page through without a word).
     */
    private static WebSudoManager webSudo(AtomicBoolean session) {
        WebSudoManager webSudo = mock(WebSudoManager.class);
        Mockito.doAnswer(call -> {
            if (!session.get()) {
                throw new WebSudoSessionException("no secure administrator session");
            }
            return null;
        }).when(webSudo).willExecuteWebSudoRequest(any());
        Mockito.doAnswer(call -> {
            javax.servlet.http.HttpServletResponse response = call.getArgument(1);
            response.sendRedirect("/jira/secure/admin/WebSudoAuthenticate!default.jspa");
            return null;
        }).when(webSudo).enforceWebSudoProtection(any(), any());
        return webSudo;
    }

    /**
     * Jira's i18n as it serves a plugin: the bundle named by the plugin's {@code <resource type="i18n">}
     * (i18n/ma-servicedesk), read with the plugin's class loader, the key itself when missing.
     */
    private static I18nResolver pluginI18n(ClassLoader pluginLoader) {
        I18nResolver i18n = mock(I18nResolver.class);
        // getText formats every text, with or without arguments, as Jira's does.
        when(i18n.getText(any(Locale.class), anyString(), any(java.io.Serializable[].class))).thenAnswer(call -> {
            Locale locale = call.getArgument(0);
            String key = call.getArgument(1);
            Object[] arguments = java.util.Arrays.copyOfRange(call.getArguments(), 2, call.getArguments().length);
            if (arguments.length == 1 && arguments[0] instanceof Object[]) {
                arguments = (Object[]) arguments[0];
            }
            String raw = raw(pluginLoader, locale, key);
            return raw == null ? key : new java.text.MessageFormat(raw, locale).format(arguments);
        });
        when(i18n.getRawText(any(Locale.class), anyString())).thenAnswer(call -> {
            String raw = raw(pluginLoader, call.getArgument(0), call.getArgument(1));
            return raw == null ? call.getArgument(1) : raw;
        });
        return i18n;
    }

    private static String raw(ClassLoader pluginLoader, Locale locale, String key) {
        java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle("i18n.ma-servicedesk",
                "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT, pluginLoader,
                java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES));
        return bundle.containsKey(key) ? bundle.getString(key) : null;
    }

    private static LocaleResolver dutch() {
        LocaleResolver locales = mock(LocaleResolver.class);
        when(locales.getLocale(any(UserKey.class))).thenReturn(new Locale("nl"));
        return locales;
    }

    private static ApplicationProperties baseUrl() {
        ApplicationProperties properties = mock(ApplicationProperties.class);
        when(properties.getBaseUrl(any())).thenReturn("/jira");
        return properties;
    }

    private static XsrfTokenAccessor xsrfTokens() {
        XsrfTokenAccessor tokens = mock(XsrfTokenAccessor.class);
        when(tokens.getXsrfToken(any(), any(), anyBoolean())).thenReturn("host-token");
        return tokens;
    }

    private static XsrfTokenValidator acceptedTokens() {
        XsrfTokenValidator validator = mock(XsrfTokenValidator.class);
        when(validator.validateFormEncodedToken(any())).thenReturn(true);
        return validator;
    }

    private static ClusterLockService localLocks() {
        ClusterLockService locks = mock(ClusterLockService.class);
        Map<String, ClusterLock> byName = new java.util.concurrent.ConcurrentHashMap<>();
        when(locks.getLockForName(anyString())).thenAnswer(call -> byName.computeIfAbsent(call.getArgument(0),
                name -> mock(ClusterLock.class, AdditionalAnswers.delegatesTo(new ReentrantLock()))));
        return locks;
    }
}
