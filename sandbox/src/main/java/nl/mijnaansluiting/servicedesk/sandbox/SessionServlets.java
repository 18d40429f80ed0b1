package nl.mijnaansluiting.servicedesk.sandbox;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;
import java.io.IOException;

/** The small session actions of the sandbox's header: sign out and switch language. */
final class SessionServlets {

    private SessionServlets() {
    }

    /** POST /logout with the form token: ends the session. */
    static final class Logout extends HttpServlet {
        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
            if (!SessionFormTokens.matches(request)) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect("/login");
        }
    }

    /** GET /language?to=en&amp;next=/path: remembers the language for this session (a display preference). */
    static final class Language extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            String to = request.getParameter("to");
            if (!"nl".equals(to) && !"en".equals(to)) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
            // Someone signed in keeps it in the session; a visitor gets a cookie, not a session (issue 17, point 3).
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.setAttribute(SignInFilter.SESSION_LANGUAGE, to);
            }
            response.addHeader("Set-Cookie", SignInFilter.LANGUAGE_COOKIE + "=" + to
                    + "; Path=/; Max-Age=31536000; HttpOnly; SameSite=Lax");
            String next = request.getParameter("next");
            if (next == null) {
                String referer = request.getHeader("Referer");
                next = referer == null ? null : pathOf(referer);
            }
            response.sendRedirect(LoginServlet.safeNext(next));
        }

        private static String pathOf(String url) {
            try {
                java.net.URI uri = java.net.URI.create(url);
                return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }
}
