package nl.mijnaansluiting.servicedesk.web;

import com.atlassian.annotations.security.AdminOnly;
import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.text.Formats;
import nl.mijnaansluiting.servicedesk.access.CallerSource;
import nl.mijnaansluiting.servicedesk.audit.AuditLog;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Admin page: the newest lines of the audit trail. */
@AdminOnly
public class AuditServlet extends HttpServlet {

    static final int PAGE_SIZE = 200;

    private final CallerSource callers;
    private final AuditLog auditLog;
    private final PageRenderer renderer;
    private final AdminSessions adminSessions;

    public AuditServlet(CallerSource callers, AuditLog auditLog, PageRenderer renderer, AdminSessions adminSessions) {
        this.callers = callers;
        this.auditLog = auditLog;
        this.renderer = renderer;
        this.adminSessions = adminSessions;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Caller> admin = Pages.admin(callers, adminSessions, renderer, request, response);
        if (admin.isEmpty()) {
            return;
        }
        Caller caller = admin.get();
        // People by display name, each looked up once a page; a sign-in's subject is a person too.
        Map<String, String> names = new java.util.HashMap<>();
        java.util.function.Function<String, String> name = username -> names.computeIfAbsent(username,
                renderer.people()::displayName);
        Formats formats = renderer.formats(caller);
        var rows = auditLog.recent(PAGE_SIZE).stream()
                .map(event -> Map.of(
                        "when", formats.dateTime(event.at()),
                        "actor", name.apply(event.actor()),
                        "action", label(caller, "ma.audit.action.", event.action()),
                        "subject", label(caller, "ma.audit.subject.", event.subjectType()) + ": " + ("sign-in".equals(event.subjectType())
                                ? name.apply(event.subjectKey()) : event.subjectKey()),
                        "details", event.details()))
                .collect(Collectors.toList());
        renderer.write(response, HttpServletResponse.SC_OK, "templates/audit.vm", caller, Map.of("events", rows));
    }

    /** The action's or subject's name in the reader's language; the key itself for one recorded by a newer version. */
    private String label(Caller caller, String prefix, String key) {
        String text = renderer.messages().text(caller.locale(), prefix + key);
        return text.equals(prefix + key) ? key : text;
    }
}
