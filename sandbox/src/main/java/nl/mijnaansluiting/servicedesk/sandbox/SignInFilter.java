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
 * on the request itself. A wrong Basic password is answered 401 at once and written to the audit trail;
 * repeated wrong passwords pause sign-in for that name and address ({@link SignInThrottle}). A visitor who has not
 * signed in gets no session.
 */
public final class SignInFilter implements Filter {

    static final String SESSION_USER = "ma.username";
    static final String SESSION_LANGUAGE = "ma.language";
    /** The language chosen before signing in: a cookie, not a session (issue 17, point 3). */
    static final String LANGUAGE_COOKIE = "ma.language";
    /** How much of a user name the audit trail keeps (its columns hold 255). */
    static final int AUDITED_NAME_LENGTH = 100;

    private final DemoDirectory directory;
    private final SandboxCallers callers;
    private final AuditLog auditLog;
    private final Clock clock;
    private final SignInThrottle throttle;
    private final Messages messages;

    public SignInFilter(DemoDirectory directory, SandboxCallers callers, AuditLog auditLog, Clock clock,
                        SignInThrottle throttle, Messages messages) {
        this.throttle = throttle;
        this.messages = messages;
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
            String[] credentials = credentials(authorization.substring(6).trim());
            Optional<java.time.Duration> pause = throttle.pause(credentials[0], request.getRemoteAddr());
            if (pause.isPresent()) {
                refuseThrottled(messages, request, response, pause.get());
                return;
            }
            person = basic(credentials, request);
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
        java.util.function.Supplier<String> formToken = authorization == null
                ? () -> SessionFormTokens.token(request, response) : () -> "";
        callers.begin(new Visit(caller, formToken, language));
        try {
            chain.doFilter(request, response);
        } finally {
            callers.end();
        }
    }

    /** User name and password of a Basic header; an undecodable one is an empty name and password. */
    private static String[] credentials(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return new String[] {"", ""};
        }
        int colon = decoded.indexOf(':');
        return colon < 0 ? new String[] {decoded, ""} : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    }

    private Optional<DemoDirectory.Person> basic(String[] credentials, HttpServletRequest request) {
        Optional<DemoDirectory.Person> person = directory.authenticate(credentials[0], credentials[1]);
        if (person.isEmpty()) {
            failed(auditLog, clock, throttle, credentials[0], "basic", request);
        } else {
            throttle.succeeded(credentials[0]);
        }
        return person;
    }

    /**
     * A wrong password: written to the audit trail and counted; the failure that starts a pause is the burst's
     * last line in the trail, and the attempts refused during the pause write none.
     */
    static void failed(AuditLog auditLog, Clock clock, SignInThrottle throttle, String username, String how,
                       HttpServletRequest request) {
        recordFailure(auditLog, clock, username, how, request);
        throttle.failed(username, request.getRemoteAddr()).ifPresent(pause -> {
            String who = audited(username);
            auditLog.record(new AuditEvent(clock.instant(), who, "sign-in", who, "sign-in.throttled",
                    how + " from " + request.getRemoteAddr() + ": sign-in paused for " + pause.toSeconds() + " s"));
        });
    }

    /** 429 with Retry-After and the translated reason; nothing is checked or audited. */
    static void refuseThrottled(Messages messages, HttpServletRequest request, HttpServletResponse response,
                                java.time.Duration pause) throws IOException {
        long seconds = Math.max(1, (pause.toMillis() + 999) / 1000);
        response.setHeader("Retry-After", String.valueOf(seconds));
        ErrorPages.write(messages, request, response, 429, "ma.error.sign-in-throttled", seconds);
    }

    /** A user name as the audit trail keeps it: at most {@link #AUDITED_NAME_LENGTH} characters, control characters out. */
    static String audited(String username) {
        if (username == null || username.isBlank()) {
            return "(leeg)";
        }
        String clean = username.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > AUDITED_NAME_LENGTH ? clean.substring(0, AUDITED_NAME_LENGTH) + "\u2026" : clean;
    }

    static void recordFailure(AuditLog auditLog, Clock clock, String username, String how, HttpServletRequest request) {
        String who = audited(username);
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
        if (chosen == null && request.getCookies() != null) {
            for (javax.servlet.http.Cookie cookie : request.getCookies()) {
                if (LANGUAGE_COOKIE.equals(cookie.getName())) {
                    chosen = cookie.getValue();
                }
            }
        }
        if ("nl".equals(chosen) || "en".equals(chosen)) {
            return chosen.toString();
        }
        boolean apiCall = request.getHeader("Authorization") != null;
        return apiCall && request.getHeader("Accept-Language") != null
                ? Messages.supported(request.getLocale()).getLanguage() : "nl";
    }
}
