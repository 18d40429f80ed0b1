package nl.mijnaansluiting.servicedesk.sandbox;

import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.text.Messages;
import nl.mijnaansluiting.servicedesk.web.PageChrome;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import static nl.mijnaansluiting.servicedesk.sandbox.VelocityTemplates.escape;

/**
 * Pages in the sandbox: AUI and the add-on's stylesheet from the sandbox's static files, and a header
 * bar with the signed-in person, the language switch and sign-out (what Jira's own header gives).
 */
public final class SandboxPageChrome implements PageChrome {

    public static final String HOME = "/plugins/servlet/ma-servicedesk/home";

    private final SandboxCallers callers;
    private final Messages messages;

    public SandboxPageChrome(SandboxCallers callers, Messages messages) {
        this.callers = callers;
        this.messages = messages;
    }

    @Override
    public String baseUrl() {
        return "";
    }

    @Override
    public String headHtml() {
        return "<link rel=\"stylesheet\" href=\"/static/aui/aui-prototyping.css\">\n"
                + "  <link rel=\"stylesheet\" href=\"/static/ma/css/ma-servicedesk.css\">\n"
                + "  <script src=\"/static/jquery/jquery.min.js\"></script>\n"
                + "  <script src=\"/static/aui/aui-prototyping.js\"></script>";
    }

    @Override
    public String bannerHtml(String language) {
        Locale locale = Locale.forLanguageTag(language);
        String other = "en".equals(language) ? "nl" : "en";
        String user = callers.current().map(Caller::displayName).orElse("");
        String token = callers.visit().map(Visit::xsrfToken).orElse("");
        // Jira's application header: logo and name, then the menus on the same line; the user's things on the right.
        return "<header id=\"header\" role=\"banner\"><nav class=\"aui-header ma-header\" aria-label=\"site\">"
                + "<div class=\"aui-header-inner\"><div class=\"aui-header-primary\">"
                + "<span id=\"logo\" class=\"aui-header-logo aui-header-logo-textonly\"><a href=\"" + HOME + "\">"
                + "<img class=\"ma-logo-mark\" src=\"/static/ma/images/ma-logo.svg\" alt=\"\" width=\"24\" height=\"24\">"
                + "<span class=\"aui-header-logo-device\">" + escape(messages.text(locale, "ma.app.name")) + "</span></a></span>"
                + navigation(locale) + "</div>"
                + "<div class=\"aui-header-secondary\"><ul class=\"aui-nav\">"
                + "<li><span id=\"banner-user\" class=\"ma-banner-user\">" + escape(user) + "</span></li>"
                + "<li><a id=\"language-switch\" href=\"/language?to=" + other + "\">"
                + escape(messages.text(locale, "ma.language." + other)) + "</a></li>"
                + "<li><form method=\"post\" action=\"/logout\" style=\"display:inline\">"
                + "<input type=\"hidden\" name=\"" + SessionFormTokens.PARAMETER + "\" value=\"" + escape(token) + "\">"
                + "<button id=\"logout\" class=\"aui-button aui-button-link\">"
                + escape(messages.text(locale, "ma.banner.logout")) + "</button></form></li>"
                + "</ul></div></div></nav></header>";
    }

    /** Portal and "Mijn verzoeken" for deelnemers, the queue for staff (JSM's own menus in Jira). */
    private String navigation(Locale locale) {
        return callers.current().map(caller -> {
            // Not AUI's "aui-nav": its responsive header would fold these links into a "More" menu on narrow screens.
            StringBuilder links = new StringBuilder("<ul class=\"ma-nav\">");
            if (!caller.isStaff()) {
                links.append(link("nav-portal", "/portal", messages.text(locale, "ma.portal.title")));
                links.append(link("nav-my-requests", "/portal/requests", messages.text(locale, "ma.portal.my-requests")));
            } else {
                links.append(link("nav-queue", "/queue", messages.text(locale, "ma.portal.queue")));
                links.append(link("nav-portal", "/portal", messages.text(locale, "ma.portal.title")));
            }
            return links.append("</ul>").toString();
        }).orElse("");
    }

    private static String link(String id, String href, String text) {
        return "<li><a id=\"" + id + "\" href=\"" + href + "\">" + escape(text) + "</a></li>";
    }

    @Override
    public String loginUrl(String returnTo) {
        return "/login?next=" + URLEncoder.encode(returnTo, StandardCharsets.UTF_8);
    }
}
