package nl.mijnaansluiting.servicedesk.web;

import com.atlassian.templaterenderer.TemplateRenderer;
import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.access.People;
import nl.mijnaansluiting.servicedesk.text.Formats;
import nl.mijnaansluiting.servicedesk.text.Messages;

import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders the add-on's Velocity pages with what every page needs: the caller, the translations in the
 * caller's language, the base URL and the head HTML. The same templates run in Jira and the sandbox;
 * both HTML-escape every reference whose name does not end in "Html".
 */
public class PageRenderer {

    private final TemplateRenderer templates;
    private final PageChrome chrome;
    private final Messages messages;
    private final People people;

    public PageRenderer(TemplateRenderer templates, PageChrome chrome, Messages messages, People people) {
        this.templates = templates;
        this.chrome = chrome;
        this.messages = messages;
        this.people = people;
    }

    /** Renders to a string (what tests and fragments use). */
    public String render(String template, Caller caller, Map<String, Object> values) throws IOException {
        Map<String, Object> context = new HashMap<>(values);
        context.put("username", caller.username());
        context.put("displayName", caller.displayName());
        context.put("texts", new PageTexts(messages, caller.locale()));
        context.put("baseUrl", chrome.baseUrl());
        context.put("headHtml", chrome.headHtml());
        context.put("bannerHtml", chrome.bannerHtml(Messages.supported(caller.locale()).getLanguage()));
        StringWriter out = new StringWriter();
        templates.render(template, context, out);
        return out.toString();
    }

    public void write(HttpServletResponse response, int status, String template, Caller caller,
                      Map<String, Object> values) throws IOException {
        String html = render(template, caller, values);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(html);
    }

    public PageChrome chrome() {
        return chrome;
    }

    public Messages messages() {
        return messages;
    }

    /** How pages show a person: by display name, never by the username the add-on stores. */
    public People people() {
        return people;
    }

    /** Durations, moments and numbers as this caller reads them. */
    public Formats formats(Caller caller) {
        return Formats.of(messages, caller.locale(), caller.zone());
    }
}
