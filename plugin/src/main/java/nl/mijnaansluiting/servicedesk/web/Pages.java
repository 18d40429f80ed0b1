package nl.mijnaansluiting.servicedesk.web;

import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.access.CallerSource;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/** What the page servlets share: send anonymous visitors to sign in, refuse the wrong people politely. */
final class Pages {

    private Pages() {
    }

    /** The caller, or empty after redirecting an anonymous visitor to the login page. */
    static Optional<Caller> signedIn(CallerSource callers, PageRenderer renderer, HttpServletRequest request,
                                     HttpServletResponse response) throws IOException {
        Optional<Caller> caller = callers.current();
        if (caller.isEmpty()) {
            String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
            String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
            response.sendRedirect(renderer.chrome().loginUrl(path + query));
        }
        return caller;
    }

    /** The caller if staff (agent or admin); otherwise sent to sign in or shown the "no access" page: the reports. */
    static Optional<Caller> staff(CallerSource callers, PageRenderer renderer, HttpServletRequest request,
                                  HttpServletResponse response) throws IOException {
        Optional<Caller> caller = signedIn(callers, renderer, request, response);
        if (caller.isPresent() && !caller.get().isStaff()) {
            forbidden(renderer, response, caller.get());
            return Optional.empty();
        }
        return caller;
    }

    /**
     * The caller if admin in a secure administrator session; otherwise sent to sign in, shown the "no access"
     * page, or asked by the application to confirm the password (WebSudo) and come back.
     */
    static Optional<Caller> admin(CallerSource callers, AdminSessions adminSessions, PageRenderer renderer,
                                  HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Caller> caller = signedIn(callers, renderer, request, response);
        if (caller.isPresent() && !caller.get().isAdmin()) {
            forbidden(renderer, response, caller.get());
            return Optional.empty();
        }
        if (caller.isPresent() && !adminSessions.confirmed(request, response)) {
            return Optional.empty();
        }
        return caller;
    }

    static void forbidden(PageRenderer renderer, HttpServletResponse response, Caller caller) throws IOException {
        renderer.write(response, HttpServletResponse.SC_FORBIDDEN, "templates/forbidden.vm", caller, Map.of());
    }
}
