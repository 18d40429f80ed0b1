package nl.mijnaansluiting.servicedesk.sandbox;

import nl.mijnaansluiting.servicedesk.web.AdminSessions;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The sandbox's secure administrator session, as Jira's WebSudo: an administrator who signed in confirms the
 * password again on {@link #PAGE} before an admin page or admin REST call, and that confirmation lasts
 * {@link #TIMEOUT} after the last administrative request (each one extends it). A request authenticated with HTTP
 * Basic carries the password itself and is not asked again, as Jira's REST module does not ask it.
 */
public final class SandboxAdminSessions implements AdminSessions {

    public static final String PAGE = "/websudo";
    public static final Duration TIMEOUT = Duration.ofMinutes(10);
    static final String SESSION_UNTIL = "ma.websudo.until";

    private final Clock clock;

    public SandboxAdminSessions(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean confirmed(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (covers(request)) {
            return true;
        }
        String path = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        response.sendRedirect(PAGE + "?next=" + URLEncoder.encode(path, StandardCharsets.UTF_8));
        return false;
    }

    /** True (and the session extended) when this request is covered: confirmed recently, or HTTP Basic. */
    public boolean covers(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return true;
        }
        HttpSession session = request.getSession(false);
        Object until = session == null ? null : session.getAttribute(SESSION_UNTIL);
        Instant now = clock.instant();
        if (!(until instanceof Instant) || !now.isBefore((Instant) until)) {
            return false;
        }
        session.setAttribute(SESSION_UNTIL, now.plus(TIMEOUT));
        return true;
    }

    /** The administrator has just confirmed the password in this session. */
    void confirm(HttpSession session) {
        session.setAttribute(SESSION_UNTIL, clock.instant().plus(TIMEOUT));
    }
}
