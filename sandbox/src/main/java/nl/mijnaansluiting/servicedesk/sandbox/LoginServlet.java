package nl.mijnaansluiting.servicedesk.sandbox;

import nl.mijnaansluiting.servicedesk.audit.AuditEvent;
import nl.mijnaansluiting.servicedesk.audit.AuditLog;
import nl.mijnaansluiting.servicedesk.text.Messages;
import nl.mijnaansluiting.servicedesk.web.PageTexts;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The sandbox's login page (Jira's login.jsp, in short). Sign-ins and failures go to the audit trail. */
public final class LoginServlet extends HttpServlet {

    private final DemoDirectory directory;
    private final SandboxCallers callers;
    private final VelocityTemplates templates;
    private final SandboxPageChrome chrome;
    private final Messages messages;
    private final AuditLog auditLog;
    private final Clock clock;
    private final SignInThrottle throttle;

    public LoginServlet(DemoDirectory directory, SandboxCallers callers, VelocityTemplates templates,
                        SandboxPageChrome chrome, Messages messages, AuditLog auditLog, Clock clock, SignInThrottle throttle) {
        this.throttle = throttle;
        this.directory = directory;
        this.callers = callers;
        this.templates = templates;
        this.chrome = chrome;
        this.messages = messages;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        page(response, HttpServletResponse.SC_OK, safeNext(request.getParameter("next")), "", false, null);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String next = safeNext(request.getParameter("next"));
        String username = request.getParameter("username");
        if (!SessionFormTokens.matches(request)) {
            page(response, HttpServletResponse.SC_FORBIDDEN, next, username, true, null);
            return;
        }
        Optional<java.time.Duration> pause = throttle.pause(username, request.getRemoteAddr());
        if (pause.isPresent()) {
            long seconds = Math.max(1, (pause.get().toMillis() + 999) / 1000);
            response.setHeader("Retry-After", String.valueOf(seconds));
            page(response, 429, next, username, true, seconds);
            return;
        }
        Optional<DemoDirectory.Person> person = directory.authenticate(username, request.getParameter("password"));
        if (person.isEmpty()) {
            SignInFilter.failed(auditLog, clock, throttle, username, "login page", request);
            page(response, HttpServletResponse.SC_UNAUTHORIZED, next, username, true, null);
            return;
        }
        throttle.succeeded(username);
        // A new session on sign-in, so a session id planted before cannot be ridden (session fixation).
        String language = callers.visit().map(Visit::language).orElse("nl");
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        HttpSession session = request.getSession(true);
        session.setAttribute(SignInFilter.SESSION_USER, person.get().username());
        session.setAttribute(SignInFilter.SESSION_LANGUAGE, language);
        auditLog.record(new AuditEvent(clock.instant(), person.get().username(), "sign-in",
                person.get().username(), "sign-in.succeeded", "login page from " + request.getRemoteAddr()));
        response.sendRedirect(next);
    }

    /**
     * Only a path on this server: never send someone signing in off to another site (issue 17, point 4). The target
     * is taken as a browser would read it (backslashes as slashes, tabs and newlines dropped, percent-escapes of the
     * path's separators decoded, dot segments resolved); what remains must be a path that starts with one slash
     * and names no other host or scheme. Anything else goes to the start page.
     */
    static String safeNext(String next) {
        if (next == null || next.isEmpty() || next.length() > 2000) {
            return SandboxPageChrome.HOME;
        }
        String seen = next.replaceAll("[\\t\\n\\r]", "").replace('\\', '/').strip();
        if (seen.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return SandboxPageChrome.HOME;
        }
        java.net.URI uri;
        try {
            uri = new java.net.URI(seen).normalize();
        } catch (java.net.URISyntaxException e) {
            return SandboxPageChrome.HOME;
        }
        String path = uri.getRawPath();
        if (uri.getScheme() != null || uri.getRawAuthority() != null || path == null || !path.startsWith("/")) {
            return SandboxPageChrome.HOME;
        }
        // "/%2F%2Fevil", "/.%2E/": decoded separators and dots, checked as the browser may read them again.
        String decoded = java.net.URLDecoder.decode(path.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8)
                .replace('\\', '/');
        java.net.URI again;
        try {
            again = new java.net.URI(null, null, decoded, null).normalize();
        } catch (java.net.URISyntaxException e) {
            return SandboxPageChrome.HOME;
        }
        String normalised = again.getPath();
        if (path.startsWith("//") || decoded.startsWith("//") || normalised == null || !normalised.startsWith("/")
                || normalised.startsWith("//") || normalised.contains("/../") || normalised.endsWith("/..")
                || decoded.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return SandboxPageChrome.HOME;
        }
        String query = uri.getRawQuery();
        return path + (query == null ? "" : "?" + query);
    }

    private void page(HttpServletResponse response, int status, String next, String username, boolean failed,
                      Long throttledSeconds) throws IOException {
        Visit visit = callers.visit().orElseThrow();
        Locale locale = Locale.forLanguageTag(visit.language());
        Map<String, Object> context = new HashMap<>();
        context.put("texts", new PageTexts(messages, locale));
        context.put("headHtml", chrome.headHtml());
        context.put("next", next);
        context.put("username", username == null ? "" : SignInFilter.audited(username).replace("(leeg)", ""));
        context.put("failed", failed);
        context.put("throttledText", throttledSeconds == null ? null
                : messages.text(locale, "ma.error.sign-in-throttled", throttledSeconds));
        context.put("xsrf", visit.xsrfToken());
        context.put("otherLanguage", "en".equals(visit.language()) ? "nl" : "en");
        StringWriter html = new StringWriter();
        templates.render("sandbox/templates/login.vm", context, html);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(html.toString());
    }
}
