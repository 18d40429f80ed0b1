package nl.mijnaansluiting.servicedesk.web;

import com.atlassian.annotations.security.AdminOnly;
import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.access.CallerSource;
import nl.mijnaansluiting.servicedesk.audit.AuditEvent;
import nl.mijnaansluiting.servicedesk.audit.AuditLog;
import nl.mijnaansluiting.servicedesk.audit.AuditQuery;
import nl.mijnaansluiting.servicedesk.error.FieldError;
import nl.mijnaansluiting.servicedesk.error.ProblemException;
import nl.mijnaansluiting.servicedesk.text.Formats;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Admin page: the audit trail, newest first, 50 lines a page, filtered by who, which action and a range of days (in
 * the reader's zone); actions and subjects by their names, people by display name, moments as the reader reads them.
 */
@AdminOnly
public class AuditServlet extends HttpServlet {

    static final String PATH = "/plugins/servlet/ma-servicedesk/admin/audit";

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
        Map<String, String> typed = new LinkedHashMap<>();
        for (String name : new String[] {"actor", "action", "from", "until"}) {
            String value = request.getParameter(name);
            typed.put(name, value == null ? "" : value.trim());
        }
        AuditQuery query;
        List<FieldError> refused = List.of();
        try {
            query = AuditQuery.parse(typed.get("actor"), typed.get("action"), typed.get("from"), typed.get("until"),
                    request.getParameter("page"), caller.zone());
        } catch (ProblemException problem) {
            // a wrong filter is said at its field and nothing is looked up
            query = null;
            refused = problem.fieldErrorsOr("from");
        }
        FormErrors errors = new FormErrors(renderer.messages(), caller.locale(), refused);
        List<AuditEvent> found = query == null ? List.of() : auditLog.find(query, AuditQuery.PAGE_SIZE + 1);
        boolean more = found.size() > AuditQuery.PAGE_SIZE;
        // People by display name, each looked up once a page; a sign-in's subject is a person too.
        Map<String, String> names = new HashMap<>();
        Function<String, String> name = username -> names.computeIfAbsent(username, renderer.people()::displayName);
        Formats formats = renderer.formats(caller);
        String filters = filters(typed);
        List<Map<String, Object>> rows = found.stream().limit(AuditQuery.PAGE_SIZE).map(event -> {
            Map<String, Object> row = new HashMap<>();
            row.put("when", formats.dateTime(event.at()));
            row.put("actor", name.apply(event.actor()));
            row.put("actorLink", renderer.chrome().baseUrl() + PATH + "?actor=" + URLEncoder.encode(event.actor(), StandardCharsets.UTF_8));
            row.put("action", label(caller, "ma.audit.action.", event.action()));
            row.put("subject", label(caller, "ma.audit.subject.", event.subjectType()) + ": " + ("sign-in".equals(event.subjectType())
                    ? name.apply(event.subjectKey()) : event.subjectKey()));
            row.put("details", event.details());
            return row;
        }).collect(Collectors.toList());
        Map<String, Object> values = new HashMap<>();
        values.put("events", rows);
        values.put("filter", typed);
        values.put("actions", AuditQuery.ACTIONS.stream().map(a -> FormViews.option(a, label(caller, "ma.audit.action.", a),
                a.equals(typed.get("action")))).sorted((a, b) -> ((String) a.get("label")).compareToIgnoreCase((String) b.get("label")))
                .collect(Collectors.toList()));
        values.put("actorErrors", errors.at("actor"));
        values.put("actionErrors", errors.at("action"));
        values.put("fromErrors", errors.at("from"));
        values.put("untilErrors", errors.at("until"));
        values.put("otherErrors", errors.unplaced());
        values.put("filtered", !filters.isEmpty());
        int page = query == null ? 1 : query.page();
        values.put("rangeText", rows.isEmpty() ? "" : renderer.messages().text(caller.locale(), "ma.audit.range",
                formats.number((page - 1) * AuditQuery.PAGE_SIZE + 1, 0), formats.number((page - 1) * AuditQuery.PAGE_SIZE + rows.size(), 0)));
        values.put("previous", page > 1 ? renderer.chrome().baseUrl() + PATH + "?" + filters + "page=" + (page - 1) : "");
        values.put("next", more ? renderer.chrome().baseUrl() + PATH + "?" + filters + "page=" + (page + 1) : "");
        values.put("action", renderer.chrome().baseUrl() + PATH);
        values.put("reset", renderer.chrome().baseUrl() + PATH);
        renderer.write(response, refused.isEmpty() ? HttpServletResponse.SC_OK : HttpServletResponse.SC_BAD_REQUEST,
                "templates/audit.vm", caller, values);
    }

    /** The filters as a query string ending in "&", to keep them on the page links. */
    private static String filters(Map<String, String> typed) {
        StringBuilder query = new StringBuilder();
        typed.forEach((name, value) -> {
            if (!value.isEmpty()) {
                query.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
            }
        });
        return query.toString();
    }

    /** The action's or subject's name in the reader's language; the key itself for one recorded by a newer version. */
    private String label(Caller caller, String prefix, String key) {
        String text = renderer.messages().text(caller.locale(), prefix + key);
        return text.equals(prefix + key) ? key : text;
    }
}
