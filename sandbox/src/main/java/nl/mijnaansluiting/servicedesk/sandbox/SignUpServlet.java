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
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * "Aanmelden" (seed 000: "De gebruiker kan zelf een account registreren door op de link 'Aanmelden' te klikken"), as
 * JSM's "anyone can sign up": name, e-mail address and password twice. A wrong answer is named per field in the
 * reader's language and nothing is stored; the form carries the session's XSRF token; attempts are throttled per
 * address and per e-mail address as sign-ins are. The new account is a customer of no deelnemer and is signed in.
 */
public final class SignUpServlet extends HttpServlet {

    static final String PATH = "/signup";
    /** Where the new account lands: the portal, which says that no deelnemer is linked yet. */
    static final String PORTAL = "/portal/";
    static final int PASSWORD_MIN = 12;
    static final int PASSWORD_MAX = 200;
    static final int NAME_MAX = 255;
    static final int EMAIL_MAX = 254;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s\"<>]+@[^@\\s\"<>]+\\.[^@\\s\"<>.]+");

    private final DemoDirectory directory;
    private final SandboxCallers callers;
    private final VelocityTemplates templates;
    private final SandboxPageChrome chrome;
    private final Messages messages;
    private final AuditLog auditLog;
    private final Clock clock;
    private final SignInThrottle throttle;

    /** @param throttle sign-ups' own throttle (each attempt counts, a success too: accounts are not free to make) */
    public SignUpServlet(DemoDirectory directory, SandboxCallers callers, VelocityTemplates templates,
                         SandboxPageChrome chrome, Messages messages, AuditLog auditLog, Clock clock, SignInThrottle throttle) {
        this.directory = directory;
        this.callers = callers;
        this.templates = templates;
        this.chrome = chrome;
        this.messages = messages;
        this.auditLog = auditLog;
        this.clock = clock;
        this.throttle = throttle;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        page(response, HttpServletResponse.SC_OK, "", "", Map.of(), null);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = trimmed(request.getParameter("name"));
        String email = trimmed(request.getParameter("email"));
        String password = request.getParameter("password");
        String again = request.getParameter("password2");
        Locale locale = Locale.forLanguageTag(callers.visit().orElseThrow().language());
        if (!SessionFormTokens.matches(request)) {
            page(response, HttpServletResponse.SC_FORBIDDEN, name, email, Map.of(),
                    messages.text(locale, "ma.signup.error.xsrf"));
            return;
        }
        Optional<java.time.Duration> pause = throttle.pause(email, request.getRemoteAddr());
        if (pause.isPresent()) {
            long seconds = Math.max(1, (pause.get().toMillis() + 999) / 1000);
            response.setHeader("Retry-After", String.valueOf(seconds));
            page(response, 429, name, email, Map.of(), messages.text(locale, "ma.signup.error.throttled", seconds));
            return;
        }
        throttle.failed(email, request.getRemoteAddr());
        Map<String, String> errors = new LinkedHashMap<>();
        if (name.isEmpty()) {
            errors.put("name", messages.text(locale, "ma.signup.error.name-required"));
        } else if (name.length() > NAME_MAX || name.chars().anyMatch(Character::isISOControl)) {
            errors.put("name", messages.text(locale, "ma.signup.error.name", NAME_MAX));
        }
        if (email.isEmpty()) {
            errors.put("email", messages.text(locale, "ma.signup.error.email-required"));
        } else if (email.length() > EMAIL_MAX || !EMAIL.matcher(email).matches()) {
            errors.put("email", messages.text(locale, "ma.signup.error.email", email));
        } else if (directory.taken(email)) {
            errors.put("email", messages.text(locale, "ma.signup.error.email-taken", email));
        }
        Optional<String> weak = weakness(password, name, email);
        if (weak.isPresent()) {
            errors.put("password", messages.text(locale, weak.get(), PASSWORD_MIN, PASSWORD_MAX));
        } else if (!password.equals(again)) {
            errors.put("password2", messages.text(locale, "ma.signup.error.password-mismatch"));
        }
        Optional<DemoDirectory.Person> person = errors.isEmpty() ? directory.register(name, email, password) : Optional.empty();
        if (errors.isEmpty() && person.isEmpty()) {
            // Taken between the check and the registration (two sign-ups with one address at once).
            errors.put("email", messages.text(locale, "ma.signup.error.email-taken", email));
        }
        if (!errors.isEmpty()) {
            page(response, HttpServletResponse.SC_BAD_REQUEST, name, email, errors, null);
            return;
        }
        String language = callers.visit().map(Visit::language).orElse("nl");
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        HttpSession session = request.getSession(true);
        session.setAttribute(SignInFilter.SESSION_USER, person.get().username());
        session.setAttribute(SignInFilter.SESSION_LANGUAGE, language);
        auditLog.record(new AuditEvent(clock.instant(), person.get().username(), "sign-up", person.get().username(),
                "sign-up.succeeded", "sign-up page from " + request.getRemoteAddr()));
        response.sendRedirect(PORTAL);
    }

    /**
     * What is wrong with the password, as a message key: too short or long, one kind of character only, or the
     * name or address itself. Long passphrases are welcome; no rule about symbols beyond two kinds of characters.
     */
    static Optional<String> weakness(String password, String name, String email) {
        if (password == null || password.length() < PASSWORD_MIN || password.length() > PASSWORD_MAX) {
            return Optional.of("ma.signup.error.password-length");
        }
        int kinds = (password.chars().anyMatch(Character::isLetter) ? 1 : 0)
                + (password.chars().anyMatch(Character::isDigit) ? 1 : 0)
                + (password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0);
        String lower = password.toLowerCase(Locale.ROOT);
        String local = email.contains("@") ? email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT) : email;
        if (kinds < 2 || password.chars().distinct().count() < 5
                || (!local.isEmpty() && lower.contains(local)) || (!name.isEmpty() && lower.contains(name.toLowerCase(Locale.ROOT)))) {
            return Optional.of("ma.signup.error.password-weak");
        }
        return Optional.empty();
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.strip();
    }

    private void page(HttpServletResponse response, int status, String name, String email, Map<String, String> errors,
                      String formError) throws IOException {
        Visit visit = callers.visit().orElseThrow();
        Locale locale = Locale.forLanguageTag(visit.language());
        Map<String, Object> context = new HashMap<>();
        context.put("texts", new PageTexts(messages, locale));
        context.put("headHtml", chrome.headHtml());
        context.put("name", name);
        context.put("email", email);
        context.put("errors", errors);
        context.put("formError", formError);
        context.put("xsrf", visit.xsrfToken());
        context.put("otherLanguage", "en".equals(visit.language()) ? "nl" : "en");
        context.put("passwordMin", PASSWORD_MIN);
        StringWriter html = new StringWriter();
        templates.render("sandbox/templates/signup.vm", context, html);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(html.toString());
    }
}
