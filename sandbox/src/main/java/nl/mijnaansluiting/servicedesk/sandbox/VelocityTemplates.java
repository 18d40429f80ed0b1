package nl.mijnaansluiting.servicedesk.sandbox;

import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.Properties;

/**
 * The host's template renderer: Velocity templates from the class path, set up to behave like Jira's
 * (Velocity 1.x whitespace and #if rules) and, like Jira, HTML-escaping every reference whose name
 * does not end in "Html".
 */
public final class VelocityTemplates implements TemplateRenderer {

    private final VelocityEngine engine;

    public VelocityTemplates() {
        Properties settings = new Properties();
        settings.setProperty(RuntimeConstants.RESOURCE_LOADERS, "class");
        settings.setProperty("resource.loader.class.class", ClasspathResourceLoader.class.getName());
        settings.setProperty("resource.loader.class.cache", "true");
        settings.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        settings.setProperty(RuntimeConstants.SPACE_GOBBLING, "bc");
        settings.setProperty(RuntimeConstants.CHECK_EMPTY_OBJECTS, "false");
        settings.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "false");
        engine = new VelocityEngine(settings);
        engine.init();
    }

    @Override
    public void render(String templateName, Map<String, Object> values, Writer writer) throws IOException {
        // A copy: #set and #foreach write into the context, and callers may hand over an immutable map.
        VelocityContext context = new VelocityContext(new java.util.HashMap<>(values));
        EventCartridge events = new EventCartridge();
        events.addReferenceInsertionEventHandler(new EscapeUnlessHtml());
        events.attachToContext(context);
        try {
            Template template = engine.getTemplate(templateName, "UTF-8");
            template.merge(context, writer);
        } catch (RuntimeException e) {
            throw new RenderingException("Cannot render " + templateName + ": " + e.getMessage(), e);
        }
        writer.flush();
    }

    /** Jira's rule: a reference whose name ends in "Html" is trusted HTML; everything else is escaped. */
    static final class EscapeUnlessHtml implements ReferenceInsertionEventHandler {
        @Override
        public Object referenceInsert(Context context, String reference, Object value) {
            if (value == null || isHtml(reference)) {
                return value;
            }
            return escape(value.toString());
        }

        static boolean isHtml(String reference) {
            String name = reference.replace("}", "").trim();
            if (name.endsWith("()")) {
                name = name.substring(0, name.length() - 2);
            }
            return name.endsWith("Html");
        }
    }

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&': out.append("&amp;"); break;
                case '<': out.append("&lt;"); break;
                case '>': out.append("&gt;"); break;
                case '"': out.append("&quot;"); break;
                case '\'': out.append("&#39;"); break;
                default: out.append(c);
            }
        }
        return out.toString();
    }
}
