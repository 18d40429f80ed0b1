package nl.mijnaansluiting.servicedesk.web;

import com.atlassian.annotations.security.LicensedOnly;
import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.access.CallerSource;
import nl.mijnaansluiting.servicedesk.sla.ClockHistoryView;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "SLA-geschiedenis" of one request for agents (?request=MA-12): every step of every goal's clock with its
 * cause and due moments, the same table as the issue panel. Agents hold a Jira licence ({@link LicensedOnly});
 * the page checks that the caller is staff itself.
 */
@LicensedOnly
public class SlaHistoryServlet extends HttpServlet {

    static final String PATH = "/plugins/servlet/ma-servicedesk/sla/history";
    /** Request keys are short ("MA-12"); anything longer is not one. */
    private static final int KEY_MAX = 100;

    private final CallerSource callers;
    private final ClockHistoryView history;
    private final PageRenderer renderer;

    public SlaHistoryServlet(CallerSource callers, ClockHistoryView history, PageRenderer renderer) {
        this.callers = callers;
        this.history = history;
        this.renderer = renderer;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Caller> staff = Pages.staff(callers, renderer, request, response);
        if (staff.isEmpty()) {
            return;
        }
        Caller caller = staff.get();
        String key = Optional.ofNullable(request.getParameter("request")).map(String::trim).orElse("");
        Map<String, Object> values = new HashMap<>();
        values.put("action", renderer.chrome().baseUrl() + PATH);
        values.put("request", key.length() > KEY_MAX ? key.substring(0, KEY_MAX) : key);
        int status = 200;
        if (key.length() > KEY_MAX) {
            status = HttpServletResponse.SC_BAD_REQUEST;
            values.put("error", renderer.messages().text(caller.locale(), "ma.form.error.too-long", KEY_MAX));
            values.put("steps", List.of());
        } else {
            values.put("error", "");
            values.put("steps", key.isEmpty() ? List.of() : history.rows(key, renderer.formats(caller)));
        }
        values.put("title", key.isEmpty() || key.length() > KEY_MAX
                ? renderer.messages().text(caller.locale(), "ma.sla.history.title")
                : renderer.messages().text(caller.locale(), "ma.sla.history.title-of", key));
        renderer.write(response, status, "templates/sla-history.vm", caller, values);
    }
}
