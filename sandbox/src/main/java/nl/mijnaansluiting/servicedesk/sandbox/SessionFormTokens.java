package nl.mijnaansluiting.servicedesk.sandbox;

import nl.mijnaansluiting.servicedesk.web.FormTokens;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/** The sandbox's XSRF tokens: one random token per session, in the field Jira uses ({@code atl_token}). */
public final class SessionFormTokens implements FormTokens {

    static final String PARAMETER = "atl_token";
    private static final String SESSION_ATTRIBUTE = "ma.xsrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public String parameterName() {
        return PARAMETER;
    }

    @Override
    public String tokenFor(HttpServletRequest request, HttpServletResponse response) {
        return token(request);
    }

    @Override
    public boolean isValid(HttpServletRequest request) {
        return matches(request);
    }

    /** This session's token, created on first need. */
    static String token(HttpServletRequest request) {
        HttpSession session = request.getSession(true);
        Object token = session.getAttribute(SESSION_ATTRIBUTE);
        if (token == null) {
            byte[] bytes = new byte[24];
            RANDOM.nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            session.setAttribute(SESSION_ATTRIBUTE, token);
        }
        return token.toString();
    }

    static boolean matches(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object expected = session == null ? null : session.getAttribute(SESSION_ATTRIBUTE);
        String given = request.getParameter(PARAMETER);
        return expected != null && given != null && MessageDigest.isEqual(
                expected.toString().getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
