package nl.mijnaansluiting.servicedesk.web;

import com.atlassian.annotations.security.AdminOnly;
import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.access.CallerSource;
import nl.mijnaansluiting.servicedesk.error.ProblemException;
import nl.mijnaansluiting.servicedesk.sla.ClockStore;
import nl.mijnaansluiting.servicedesk.sla.ComplianceReport;
import nl.mijnaansluiting.servicedesk.sla.Recalculation;
import nl.mijnaansluiting.servicedesk.sla.SlaSettings;
import nl.mijnaansluiting.servicedesk.text.Messages;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * "SLA herberekenen" for admins: choose a request, or a scheme (and a month), see in a dry run what recalculating
 * its clocks with today's calendars and goals would change (due moments, met or breached, the month's compliance
 * before and after), and only then apply it. Every post carries the form token (XSRF); the page asks for the
 * password again first (WebSudo), as the other admin pages do.
 */
@AdminOnly
public class RecalculationAdminServlet extends HttpServlet {

    static final String PATH = "/plugins/servlet/ma-servicedesk/admin/recalculation";

    private final CallerSource callers;
    private final Recalculation recalculation;
    private final SlaSettings settings;
    private final FormTokens tokens;
    private final PageRenderer renderer;
    private final AdminSessions adminSessions;
    private final nl.mijnaansluiting.servicedesk.request.CustomerDirectory deelnemers;

    public RecalculationAdminServlet(CallerSource callers, Recalculation recalculation, SlaSettings settings, FormTokens tokens,
                                     PageRenderer renderer, AdminSessions adminSessions,
                                     nl.mijnaansluiting.servicedesk.request.CustomerDirectory deelnemers) {
        this.deelnemers = deelnemers;
        this.callers = callers;
        this.recalculation = recalculation;
        this.settings = settings;
        this.tokens = tokens;
        this.renderer = renderer;
        this.adminSessions = adminSessions;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Caller> admin = Pages.admin(callers, adminSessions, renderer, request, response);
        if (admin.isPresent()) {
            page(request, response, admin.get(), 200, null, null);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Caller> admin = Pages.admin(callers, adminSessions, renderer, request, response);
        if (admin.isEmpty()) {
            return;
        }
        if (!tokens.isValid(request)) {
            page(request, response, admin.get(), 403, null, text(admin.get(), "ma.error.xsrf"));
            return;
        }
        try {
            Recalculation.Scope scope = Recalculation.Scope.of(request.getParameter("request"), request.getParameter("deelnemer"),
                    request.getParameter("scheme"), request.getParameter("month"));
            Recalculation.Plan plan = "apply".equals(request.getParameter("action"))
                    ? recalculation.apply(admin.get(), scope, request.getParameter("fingerprint"))
                    : recalculation.dryRun(admin.get(), scope);
            page(request, response, admin.get(), 200, plan, null);
        } catch (ProblemException problem) {
            page(request, response, admin.get(), problem.problem().httpStatus(), null,
                    text(admin.get(), problem.messageKey(), problem.arguments()));
        }
    }

    private void page(HttpServletRequest request, HttpServletResponse response, Caller admin, int status, Recalculation.Plan plan,
                      String error) throws IOException {
        Locale locale = admin.locale();
        Map<String, Object> values = new HashMap<>();
        values.put("request", field(request, "request"));
        values.put("month", field(request, "month"));
        String scheme = field(request, "scheme");
        values.put("schemes", settings.current().schemes().keySet().stream().sorted()
                .map(s -> Map.of("key", s, "selected", s.equals(scheme))).collect(Collectors.toList()));
        String deelnemer = field(request, "deelnemer");
        values.put("deelnemers", deelnemers.organisations().stream()
                .sorted(java.util.Comparator.comparing((nl.mijnaansluiting.servicedesk.request.Organisation o) -> o.name().toLowerCase(locale)))
                .map(o -> Map.of("key", o.key(), "name", o.name(), "selected", o.key().equals(deelnemer))).collect(Collectors.toList()));
        values.put("error", error == null ? "" : error);
        values.put("tokenName", tokens.parameterName());
        values.put("token", tokens.tokenFor(request, response));
        values.put("action", renderer.chrome().baseUrl() + PATH);
        values.put("plan", plan != null);
        if (plan != null) {
            values.put("applied", plan.applied());
            values.put("fingerprint", plan.fingerprint());
            values.put("summary", text(admin, plan.applied() ? "ma.sla.recalc.applied" : "ma.sla.recalc.would-change",
                    plan.changes().size(), plan.examined()));
            values.put("changes", plan.changes().stream().map(c -> change(c, admin)).collect(Collectors.toList()));
            values.put("skipped", plan.skipped().stream().map(s -> s.clock().requestKey() + " "
                    + text(admin, "ma.sla.metric." + s.clock().clock().metric()) + ": " + text(admin, s.reasonKey()))
                    .collect(Collectors.toList()));
            List<Map<String, Object>> months = new ArrayList<>();
            for (Recalculation.MonthFigures m : plan.months()) {
                Map<String, Object> row = new HashMap<>();
                row.put("scheme", m.schemeKey());
                row.put("month", m.month().toString());
                row.put("before", figures(m.before(), admin));
                row.put("after", figures(m.after(), admin));
                months.add(row);
            }
            values.put("months", months);
        }
        renderer.write(response, status, "templates/recalculation-admin.vm", admin, values);
    }

    private Map<String, Object> change(Recalculation.Change change, Caller admin) {
        Locale locale = admin.locale();
        nl.mijnaansluiting.servicedesk.text.Formats formats = renderer.formats(admin);
        Map<String, Object> row = new HashMap<>();
        row.put("request", change.after().requestKey());
        row.put("metric", renderer.messages().text(locale, "ma.sla.metric." + change.after().clock().metric()));
        row.put("stateBefore", state(change.before(), locale));
        row.put("stateAfter", state(change.after(), locale));
        row.put("outcomeChanged", change.outcomeChanged());
        row.put("usedBefore", formats.duration(change.before().clock().used()));
        row.put("usedAfter", formats.duration(change.after().clock().used()));
        row.put("dueBefore", formats.dateTime(change.before().clock().dueAt().orElse(null)));
        row.put("dueAfter", formats.dateTime(change.after().clock().dueAt().orElse(null)));
        return row;
    }

    private String state(ClockStore.StoredClock stored, Locale locale) {
        return renderer.messages().text(locale, "ma.sla.state." + stored.clock().state().name().toLowerCase(Locale.ROOT));
    }

    /** "2 van 3 gehaald (66,7 %)". */
    private String figures(ComplianceReport report, Caller admin) {
        String share = report.total() == 0 ? "-" : renderer.formats(admin).percent(report.met() * 100.0 / report.total());
        return text(admin, "ma.sla.recalc.figures", report.met(), report.total(), share);
    }

    private String text(Caller caller, String key, Object... arguments) {
        return renderer.messages().text(caller.locale() == null ? Messages.DUTCH : caller.locale(), key, arguments);
    }

    private static String field(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value.trim().length() > 100 ? value.trim().substring(0, 100) : value.trim();
    }
}
