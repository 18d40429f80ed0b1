package nl.mijnaansluiting.servicedesk.sandbox;

import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.audit.AuditEvent;
import nl.mijnaansluiting.servicedesk.audit.AuditLog;
import nl.mijnaansluiting.servicedesk.text.Messages;
import nl.mijnaansluiting.servicedesk.web.PageTexts;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The sandbox's "confirm your password" page before administration (Jira's secure administrator session page,
 * in short): for the signed-in administrator only; a wrong password is refused and written to the audit trail.
 */
public final class WebSudoServlet extends HttpServlet {

    private final DemoDirectory directory;
    private final SandboxCallers callers;
    private final SandboxAdminSessions adminSessions;
    private final VelocityTemplates templates;
    private final SandboxPageChrome chrome;
    private final Messages messages;
    private final AuditLog auditLog;
    private final Clock clock;
    private final SignInThrottle throttle;

    public WebSudoServlet(DemoDirectory directory, SandboxCallers callers, SandboxAdminSessions adminSessions,
                          VelocityTemplates templates, SandboxPageChrome chrome, Messages messages, AuditLog auditLog,
                          Clock clock, SignInThrottle throttle) {
        this.throttle = throttle;
        this.directory = directory;
        this.callers = callers;
        this.adminSessions = adminSessions;
        this.templates = templates;
        this.chrome = chrome;
        this.messages = messages;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String next = LoginServlet.safeNext(request.getParameter("next"));
        Optional<Caller> admin = admin(request, response, next);
        if (admin.isPresent()) {
            page(response, HttpServletResponse.SC_OK, admin.get(), next, false);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String next = LoginServlet.safeNext(request.getParameter("next"));
        Optional<Caller> admin = admin(request, response, next);
        if (admin.isEmpty()) {
            return;
        }
        String username = admin.get().username();
        if (!SessionFormTokens.matches(request)) {
            page(response, HttpServletResponse.SC_FORBIDDEN, admin.get(), next, true);
            return;
        }
        java.util.Optional<java.time.Duration> pause = throttle.pause(username, request.getRemoteAddr());
        if (pause.isPresent()) {
            // Guessing the administrator's password here counts as at the login page (issue 17, point 5).
            SignInFilter.refuseThrottled(messages, request, response, pause.get());
            return;
        }
        if (directory.authenticate(username, request.getParameter("password")).isEmpty()) {
            auditLog.record(new AuditEvent(clock.instant(), username, "sign-in", username, "websudo.failed",
                    "websudo page from " + request.getRemoteAddr()));
            throttle.failed(username, request.getRemoteAddr()).ifPresent(started -> auditLog.record(new AuditEvent(
                    clock.instant(), username, "sign-in", username, "sign-in.throttled",
                    "websudo page from " + request.getRemoteAddr() + ": sign-in paused for " + started.toSeconds() + " s")));
            page(response, HttpServletResponse.SC_UNAUTHORIZED, admin.get(), next, true);
            return;
        }
        throttle.succeeded(username);
        adminSessions.confirm(request.getSession(true));
        auditLog.record(new AuditEvent(clock.instant(), username, "sign-in", username, "websudo.succeeded",
                "websudo page from " + request.getRemoteAddr()));
        response.sendRedirect(next);
    }

    /** The signed-in administrator; anyone else is sent to sign in, or refused. */
    private Optional<Caller> admin(HttpServletRequest request, HttpServletResponse response, String next) throws IOException {
        Optional<Caller> caller = callers.current();
        if (caller.isEmpty()) {
            String back = SandboxAdminSessions.PAGE + "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
            response.sendRedirect(chrome.loginUrl(back));
            return Optional.empty();
        }
        if (!caller.get().isAdmin()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return Optional.empty();
        }
        return caller;
    }

    private void page(HttpServletResponse response, int status, Caller admin, String next, boolean failed)
            throws IOException {
        Visit visit = callers.visit().orElseThrow();
        Locale locale = Locale.forLanguageTag(visit.language());
        Map<String, Object> context = new HashMap<>();
        context.put("texts", new PageTexts(messages, locale));
        context.put("headHtml", chrome.headHtml());
        context.put("next", next);
        context.put("displayName", admin.displayName());
        context.put("minutes", String.valueOf(SandboxAdminSessions.TIMEOUT.toMinutes()));
        context.put("failed", failed);
        context.put("xsrf", visit.xsrfToken());
        context.put("otherLanguage", "en".equals(visit.language()) ? "nl" : "en");
        StringWriter html = new StringWriter();
        templates.render("sandbox/templates/websudo.vm", context, html);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(html.toString());
    }
}
