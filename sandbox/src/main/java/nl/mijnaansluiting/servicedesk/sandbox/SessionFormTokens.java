package nl.mijnaansluiting.servicedesk.sandbox;

import nl.mijnaansluiting.servicedesk.web.FormTokens;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The sandbox's XSRF tokens, in the field Jira uses ({@code atl_token}): one random token per session for someone
 * signed in; before sign-in (the login form) no session is made for it (issue 17, point 3): the token is kept in an
 * HttpOnly, SameSite cookie and the form must send the same value (a double-submit token another site can neither
 * read nor set).
 */
public final class SessionFormTokens implements FormTokens {

    static final String PARAMETER = "atl_token";
    static final String COOKIE = "ma.xsrf";
    private static final String SESSION_ATTRIBUTE = "ma.xsrf";
    private static final String MADE_NOW = "ma.xsrf.made";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public String parameterName() {
        return PARAMETER;
    }

    @Override
    public String tokenFor(HttpServletRequest request, HttpServletResponse response) {
        return token(request, response);
    }

    @Override
    public boolean isValid(HttpServletRequest request) {
        return matches(request);
    }

    /** The session's token, or the visitor's cookie token when nobody signed in; made on first need. */
    static String token(HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            Object token = session.getAttribute(SESSION_ATTRIBUTE);
            if (token == null) {
                token = random();
                session.setAttribute(SESSION_ATTRIBUTE, token);
            }
            return token.toString();
        }
        String token = cookieToken(request);
        if (token == null) {
            token = random();
            request.setAttribute(MADE_NOW, token);
            response.addHeader("Set-Cookie", COOKIE + "=" + token + "; Path=/; HttpOnly; SameSite=Lax");
        }
        return token;
    }

    static boolean matches(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object expected = session == null ? null : session.getAttribute(SESSION_ATTRIBUTE);
        if (expected == null) {
            expected = cookieToken(request);
        }
        String given = request.getParameter(PARAMETER);
        return expected != null && given != null && MessageDigest.isEqual(
                expected.toString().getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    private static String cookieToken(HttpServletRequest request) {
        Object madeNow = request.getAttribute(MADE_NOW);
        if (madeNow != null) {
            return madeNow.toString();
        }
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName()) && cookie.getValue() != null && cookie.getValue().length() == 32) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }

    private static String random() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
