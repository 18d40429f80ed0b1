package nl.mijnaansluiting.servicedesk.sandbox;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.access.Role;
import nl.mijnaansluiting.servicedesk.error.Problem;
import nl.mijnaansluiting.servicedesk.error.ProblemException;
import org.junit.Test;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.MediaType;
import java.lang.reflect.Field;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Jira's REST v2 rules as the sandbox applies them: secure by default, admin-only, unrestricted, XSRF. */
public class RestAccessTest {

    /** Resources as the add-on writes them. */
    static class Licensed {
        public void read() { }
        public void change() { }
        @AdminOnly public void configure() { }
        @UnrestrictedAccess public void open() { }
    }

    @AdminOnly
    static class AdminResource {
        public void read() { }
        @UnrestrictedAccess public void open() { }
    }

    private final SandboxCallers callers = new SandboxCallers();

    private void call(Optional<Caller> caller, Class<?> type, String method, String httpMethod,
                      MediaType contentType, String token) throws Exception {
        RestAccess access = new RestAccess(callers, new SandboxAdminSessions(java.time.Clock.systemUTC()));
        ResourceInfo info = mock(ResourceInfo.class);
        when(info.getResourceMethod()).thenReturn(type.getDeclaredMethod(method));
        doReturnClass(info, type);
        Field field = RestAccess.class.getDeclaredField("resource");
        field.setAccessible(true);
        field.set(access, info);
        ContainerRequestContext request = mock(ContainerRequestContext.class);
        when(request.getMethod()).thenReturn(httpMethod);
        when(request.getMediaType()).thenReturn(contentType);
        when(request.getHeaderString("X-Atlassian-Token")).thenReturn(token);
        callers.begin(new Visit(caller, "", "nl"));
        try {
            access.filter(request);
        } finally {
            callers.end();
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void doReturnClass(ResourceInfo info, Class<?> type) {
        when(info.getResourceClass()).thenReturn((Class) type);
    }

    private static Optional<Caller> person(Role... roles) {
        return Optional.of(new Caller("p", "P", EnumSet.copyOf(Set.of(roles)), Set.of(), Locale.ENGLISH));
    }

    private void refused(Problem expected, Optional<Caller> caller, Class<?> type, String method, String http,
                         MediaType contentType, String token) throws Exception {
        try {
            call(caller, type, method, http, contentType, token);
            fail("expected " + expected);
        } catch (ProblemException e) {
            assertEquals(expected, e.problem());
        }
    }

    @Test
    public void byDefaultOnlyStaffGetIn() throws Exception {
        call(person(Role.AGENT), Licensed.class, "read", "GET", null, null);
        refused(Problem.NOT_SIGNED_IN, Optional.empty(), Licensed.class, "read", "GET", null, null);
        refused(Problem.FORBIDDEN, person(Role.CUSTOMER), Licensed.class, "read", "GET", null, null);
    }

    @Test
    public void adminOnlyOnTheMethodOrTheClass() throws Exception {
        call(person(Role.ADMIN), Licensed.class, "configure", "GET", null, null);
        refused(Problem.FORBIDDEN, person(Role.AGENT, Role.SERVICE_MANAGER), Licensed.class, "configure", "GET", null, null);
        refused(Problem.FORBIDDEN, person(Role.AGENT), AdminResource.class, "read", "GET", null, null);
    }

    @Test
    public void unrestrictedOnTheMethodWinsOverAdminOnlyOnTheClass() throws Exception {
        call(Optional.empty(), AdminResource.class, "open", "GET", null, null);
        call(person(Role.CUSTOMER), Licensed.class, "open", "GET", null, null);
    }

    @Test
    public void mutatingCallsThatAFormCouldSendNeedTheAtlassianToken() throws Exception {
        refused(Problem.FORBIDDEN, person(Role.ADMIN), Licensed.class, "change", "POST",
                MediaType.APPLICATION_FORM_URLENCODED_TYPE, null);
        refused(Problem.FORBIDDEN, person(Role.ADMIN), Licensed.class, "change", "PUT", MediaType.TEXT_PLAIN_TYPE, null);
        refused(Problem.FORBIDDEN, person(Role.ADMIN), Licensed.class, "change", "POST", null, null);
        call(person(Role.ADMIN), Licensed.class, "change", "DELETE", null, null);
        call(person(Role.ADMIN), Licensed.class, "change", "POST", MediaType.APPLICATION_FORM_URLENCODED_TYPE, "no-check");
        call(person(Role.ADMIN), Licensed.class, "change", "PUT", MediaType.APPLICATION_JSON_TYPE, null);
    }
}
