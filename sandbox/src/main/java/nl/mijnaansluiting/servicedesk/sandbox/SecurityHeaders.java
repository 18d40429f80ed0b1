package nl.mijnaansluiting.servicedesk.sandbox;

import nl.mijnaansluiting.servicedesk.text.Messages;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * What every answer of the sandbox carries and refuses (issue 17, point 8): a Content-Security-Policy that the
 * pages and AUI work with (scripts and styles from this server only; AUI sets inline styles, so style attributes
 * are allowed), no framing by other sites, no content sniffing, no Referer to other sites; TRACE and TRACK are
 * refused (they would echo the cookies), and so is a session id in the URL ({@code ;jsessionid=}): sessions travel
 * in their HttpOnly cookie only.
 */
final class SecurityHeaders implements Filter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'self'";
    private static final Set<String> REFUSED_METHODS = Set.of("TRACE", "TRACK", "CONNECT");

    private final Messages messages;

    SecurityHeaders(Messages messages) {
        this.messages = messages;
    }

    static void set(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        set(response);
        if (REFUSED_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
            response.setHeader("Allow", "GET, HEAD, POST, PUT, DELETE, OPTIONS");
            ErrorPages.write(messages, request, response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "ma.error.method");
            return;
        }
        String uri = request.getRequestURI();
        if (uri != null && uri.toLowerCase(Locale.ROOT).contains(";jsessionid")) {
            ErrorPages.write(messages, request, response, HttpServletResponse.SC_BAD_REQUEST, "ma.error.session-in-url");
            return;
        }
        chain.doFilter(request, response);
    }
}
