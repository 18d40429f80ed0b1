package nl.mijnaansluiting.servicedesk.sandbox;

import nl.mijnaansluiting.servicedesk.text.Messages;
import org.eclipse.jetty.ee8.nested.ErrorHandler;
import org.eclipse.jetty.ee8.nested.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.servlet.RequestDispatcher;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The one error answer of the sandbox for everything the pages and the REST API did not answer themselves
 * (404, 405, a form or upload too large, a failure nobody foresaw): translated, JSON for API calls and a small
 * page for browsers, never a stack trace, an exception's message or SQL (issue 17, point 2). What went wrong
 * is logged.
 */
public final class ErrorPages extends ErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);

    private final Messages messages;

    public ErrorPages(Messages messages) {
        this.messages = messages;
        setShowStacks(false);
        setShowServlet(false);
        setShowMessageInTitle(false);
    }

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        baseRequest.setHandled(true);
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        int status = response.getStatus();
        if (failure != null) {
            LOG.error("Unanswered failure on {} {}", request.getMethod(), request.getRequestURI(), failure);
            if (tooLarge(failure)) {
                status = HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE;
            }
        }
        if (status < 400) {
            status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        }
        write(messages, request, response, status, keyFor(status));
    }

    /** Jetty's and the servlet API's ways of saying a form, body or upload was over its limit. */
    private static boolean tooLarge(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("too large") || message.contains("larger than max") || message.contains("exceeds")
                    || message.contains("max length") || message.contains("too many")) {
                return true;
            }
        }
        return false;
    }

    static String keyFor(int status) {
        switch (status) {
            case 400: return "ma.error.request";
            case 401: return "ma.error.not-signed-in";
            case 403: return "ma.error.forbidden";
            case 404: return "ma.error.not-found";
            case 405: return "ma.error.method";
            case 413: return "ma.error.too-large";
            case 429: return "ma.error.too-many";
            default: return status < 500 ? "ma.error.request" : "ma.error.unexpected";
        }
    }

    /** Writes the translated error: JSON to API calls (/rest, or JSON asked for), a page otherwise. */
    static void write(Messages messages, HttpServletRequest request, HttpServletResponse response, int status, String key,
                      Object... arguments) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        Locale locale = locale(request);
        String text = messages.text(locale, key, arguments);
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        SecurityHeaders.set(response);
        byte[] body;
        if (wantsJson(request)) {
            response.setContentType("application/json;charset=UTF-8");
            body = ("{\"status\":" + status + ",\"error\":\"" + json(key) + "\",\"message\":\"" + json(text) + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
        } else {
            response.setContentType("text/html;charset=UTF-8");
            String title = messages.text(locale, "ma.error.page.title", status);
            body = ("<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\"><title>"
                    + html(title) + "</title><link rel=\"stylesheet\" href=\"/static/aui/aui-prototyping.css\"></head>"
                    + "<body class=\"aui-page-focused aui-page-size-medium\"><div id=\"page\"><main id=\"content\" class=\"aui-page-panel\">"
                    + "<div class=\"aui-page-panel-inner\"><section class=\"aui-page-panel-content\"><h1 id=\"error-title\">"
                    + html(title) + "</h1><p id=\"error-message\">" + html(text) + "</p><p><a href=\"" + SandboxPageChrome.HOME
                    + "\">" + html(messages.text(locale, "ma.error.page.home")) + "</a></p></section></div></main></div>"
                    + "</body></html>").getBytes(StandardCharsets.UTF_8);
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }

    private static boolean wantsJson(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String accept = request.getHeader("Accept");
        return uri != null && uri.startsWith("/rest/")
                || accept != null && accept.contains("application/json") && !accept.contains("text/html")
                || request.getHeader("Authorization") != null;
    }

    /** The visitor's language: chosen with the switch (session or cookie), else the browser's for API calls, else Dutch. */
    static Locale locale(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object chosen = session == null ? null : session.getAttribute(SignInFilter.SESSION_LANGUAGE);
        if (chosen == null && request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (SignInFilter.LANGUAGE_COOKIE.equals(cookie.getName())) {
                    chosen = cookie.getValue();
                }
            }
        }
        if ("en".equals(chosen) || "nl".equals(chosen)) {
            return Locale.forLanguageTag(chosen.toString());
        }
        return request.getHeader("Accept-Language") != null ? Messages.supported(request.getLocale()) : Messages.DUTCH;
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == '<' || c == '>' || c == '&') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
