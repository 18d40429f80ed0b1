package nl.mijnaansluiting.servicedesk.sandbox;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.error.Problem;
import nl.mijnaansluiting.servicedesk.error.ProblemException;

import javax.inject.Inject;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.util.Optional;
import java.util.Set;

/**
 * What Jira's REST v2 does before a resource runs, done the same way here: secure by default
 * (licensed users, that is staff), {@link AdminOnly} for admins, {@link UnrestrictedAccess} for anyone
 * (the resource checks itself), XSRF protection: a mutating call with a content type a plain HTML
 * form can send must carry {@code X-Atlassian-Token: no-check}, and {@link WebSudoRequired}: a call from a
 * signed-in browser session needs the administrator's password confirmed again recently (401 naming the page
 * to do it, {@link SandboxAdminSessions#PAGE}); a call with HTTP Basic carries the password and is not asked.
 */
@Provider
public final class RestAccess implements ContainerRequestFilter {

    private static final Set<String> MUTATING = Set.of("POST", "PUT", "DELETE", "PATCH");

    private final SandboxCallers callers;
    private final SandboxAdminSessions adminSessions;

    @Context
    private ResourceInfo resource;

    @Context
    private HttpServletRequest servletRequest;

    @Inject
    public RestAccess(SandboxCallers callers, SandboxAdminSessions adminSessions) {
        this.callers = callers;
        this.adminSessions = adminSessions;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (resource == null || resource.getResourceMethod() == null) {
            return;
        }
        if (MUTATING.contains(request.getMethod()) && formLike(request.getMethod(), request.getMediaType())
                && !"no-check".equalsIgnoreCase(request.getHeaderString("X-Atlassian-Token"))) {
            throw new ProblemException(Problem.FORBIDDEN, null, "ma.error.xsrf");
        }
        if (annotated(UnrestrictedAccess.class)) {
            return;
        }
        Optional<Caller> caller = callers.current();
        if (caller.isEmpty()) {
            throw ProblemException.notSignedIn();
        }
        if (annotated(AdminOnly.class) ? !caller.get().isAdmin() : !caller.get().isStaff()) {
            throw ProblemException.forbidden(annotated(AdminOnly.class) ? "ma.error.admin-only" : "ma.error.staff-only");
        }
        boolean webSudo = resource.getResourceMethod().isAnnotationPresent(WebSudoRequired.class)
                || resource.getResourceClass().isAnnotationPresent(WebSudoRequired.class);
        if (webSudo && !adminSessions.covers(servletRequest)) {
            throw new ProblemException(Problem.NOT_SIGNED_IN, null, "ma.error.websudo", SandboxAdminSessions.PAGE);
        }
    }

    /** The method's annotation wins over the class's, as in Jira. */
    private boolean annotated(Class<? extends java.lang.annotation.Annotation> annotation) {
        AnnotatedElement method = resource.getResourceMethod();
        if (method.isAnnotationPresent(annotation)) {
            return true;
        }
        boolean methodDecides = method.isAnnotationPresent(AdminOnly.class)
                || method.isAnnotationPresent(UnrestrictedAccess.class);
        return !methodDecides && resource.getResourceClass().isAnnotationPresent(annotation);
    }

    /**
     * What a cross-site page can send without a CORS preflight: a form POST (even without a content
     * type), or any call with a form's content type. A bodiless DELETE needs a preflight, so it is safe.
     */
    private static boolean formLike(String method, MediaType type) {
        if (type == null) {
            return "POST".equals(method);
        }
        return MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(type)
                || MediaType.MULTIPART_FORM_DATA_TYPE.isCompatible(type)
                || MediaType.TEXT_PLAIN_TYPE.isCompatible(type);
    }
}
