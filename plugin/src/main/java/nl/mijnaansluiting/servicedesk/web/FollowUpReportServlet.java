package nl.mijnaansluiting.servicedesk.web;

import com.atlassian.annotations.security.LicensedOnly;
import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.access.CallerSource;
import nl.mijnaansluiting.servicedesk.sla.FollowUps;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What is still owed after incidents, for service managers and agents: every open RCA (seed 002, reported on
 * weekly while it is open) and post review (seed 003) with its due moment, overdue ones marked. Agents hold a
 * Jira licence ({@link LicensedOnly}); the page still checks that the caller is staff itself.
 */
@LicensedOnly
public class FollowUpReportServlet extends HttpServlet {

    static final String PATH = "/plugins/servlet/ma-servicedesk/reports/follow-up";

    private final CallerSource callers;
    private final FollowUps followUps;
    private final PageRenderer renderer;
    private final Clock clock;

    public FollowUpReportServlet(CallerSource callers, FollowUps followUps, PageRenderer renderer, Clock clock) {
        this.callers = callers;
        this.followUps = followUps;
        this.renderer = renderer;
        this.clock = clock;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Caller> staff = Pages.staff(callers, renderer, request, response);
        if (staff.isEmpty()) {
            return;
        }
        Caller caller = staff.get();
        Locale locale = caller.locale();
        // "1 dec. 2026 08:17" for a Dutch reader, "1 Dec 2026 08:17" in English, in the reader's zone
        nl.mijnaansluiting.servicedesk.text.Formats formats = renderer.formats(caller);
        Map<String, Object> values = new HashMap<>();
        values.put("rows", followUps.open(clock.instant()).stream().map(f -> {
            Map<String, Object> row = new HashMap<>();
            row.put("request", f.requestKey());
            row.put("scheme", f.schemeKey().orElse(""));
            row.put("priority", f.priority().orElse(""));
            row.put("metric", renderer.messages().text(locale, "ma.sla.metric." + f.metric()));
            row.put("state", renderer.messages().text(locale, f.overdue() ? "ma.followup.state.overdue"
                    : f.running() ? "ma.followup.state.running" : "ma.followup.state.awaiting-resolution"));
            row.put("overdue", f.overdue());
            row.put("dueAt", f.dueAt().map(d -> formats.dateTime(d.toInstant(), d.getZone())).orElse(renderer.messages().text(locale, "ma.followup.after-resolution")));
            return row;
        }).collect(Collectors.toList()));
        renderer.write(response, 200, "templates/reports/follow-up.vm", caller, values);
    }
}
