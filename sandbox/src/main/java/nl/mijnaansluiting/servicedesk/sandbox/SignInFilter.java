package nl.mijnaansluiting.servicedesk.sandbox;

import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.audit.AuditEvent;
import nl.mijnaansluiting.servicedesk.audit.AuditLog;
import nl.mijnaansluiting.servicedesk.text.Messages;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * Establishes who is calling, as Jira does: a signed-in session (from the login page) or HTTP Basic
 * on the request itself. A wrong Basic password is answered 401 at once and written to the audit trail.
 */
public final class SignInFilter implements Filter {

    static final String SESSION_USER = "ma.username";
    static final String SESSION_LANGUAGE = "ma.language";

    private final DemoDirectory directory;
    private final SandboxCallers callers;
    private final AuditLog auditLog;
    private final Clock clock;

    public SignInFilter(DemoDirectory directory, SandboxCallers callers, AuditLog auditLog, Clock clock) {
        this.directory = directory;
        this.callers = callers;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        request.setCharacterEncoding("UTF-8");
        HttpSession session = request.getSession(false);
        String language = language(session, request);

        Optional<DemoDirectory.Person> person;
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            person = basic(authorization.substring(6).trim(), request);
            if (person.isEmpty()) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"ma-servicedesk\"");
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
                return;
            }
        } else {
            person = session == null ? Optional.empty() : directory.find((String) session.getAttribute(SESSION_USER));
        }
        Optional<Caller> caller = person.map(p -> toCaller(p, language));
        if (authorization == null) {
            // The language someone reads the sandbox in is their profile's, as Jira keeps it: what the add-on writes
            // for them while they are away (a mail) is in it too.
            person.ifPresent(p -> directory.setLanguage(p.username(), Locale.forLanguageTag(language)));
        }
        // Basic calls are API calls without forms: they get no session and no form token.
        String formToken = authorization == null ? SessionFormTokens.token(request) : "";
        callers.begin(new Visit(caller, formToken, language));
        try {
            chain.doFilter(request, response);
        } finally {
            callers.end();
        }
    }

    private Optional<DemoDirectory.Person> basic(String encoded, HttpServletRequest request) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        String username = colon < 0 ? decoded : decoded.substring(0, colon);
        String password = colon < 0 ? "" : decoded.substring(colon + 1);
        Optional<DemoDirectory.Person> person = directory.authenticate(username, password);
        if (person.isEmpty()) {
            recordFailure(auditLog, clock, username, "basic", request);
        }
        return person;
    }

    static void recordFailure(AuditLog auditLog, Clock clock, String username, String how, HttpServletRequest request) {
        String who = username == null || username.isBlank() ? "(leeg)" : username;
        auditLog.record(new AuditEvent(clock.instant(), who, "sign-in", who, "sign-in.failed",
                how + " from " + request.getRemoteAddr()));
    }

    static Caller toCaller(DemoDirectory.Person person, String language) {
        return new Caller(person.username(), person.displayName(), person.roles(), person.organisations(),
                Locale.forLanguageTag(language));
    }

    /**
     * The language chosen with the switch in the header; Dutch until then, as in the portal. API calls
     * without a session (HTTP Basic) may ask for English with Accept-Language.
     */
    private static String language(HttpSession session, HttpServletRequest request) {
        Object chosen = session == null ? null : session.getAttribute(SESSION_LANGUAGE);
        if (chosen != null) {
            return chosen.toString();
        }
        boolean apiCall = request.getHeader("Authorization") != null;
        return apiCall && request.getHeader("Accept-Language") != null
                ? Messages.supported(request.getLocale()).getLanguage() : "nl";
    }
}
