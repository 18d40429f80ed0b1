package nl.mijnaansluiting.servicedesk.hosttest;

import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.Resource;
import org.apache.velocity.runtime.resource.loader.ResourceLoader;
import org.apache.velocity.util.ExtProperties;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The host's template renderer for one plugin, as Atlassian's is: templates are read with the plugin's own
 * class loader (never the thread's), and rendered by the host's Velocity.
 */
final class BundleTemplateRenderer implements TemplateRenderer {

    private final VelocityEngine engine = new VelocityEngine();

    BundleTemplateRenderer(ClassLoader pluginLoader) {
        engine.setProperty(RuntimeConstants.RESOURCE_LOADERS, "plugin");
        engine.setProperty("resource.loader.plugin.instance", new PluginResources(pluginLoader));
        engine.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        engine.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "false");
        engine.init();
    }

    @Override
    public void render(String templateName, Map<String, Object> context, Writer writer) throws RenderingException, IOException {
        Template template;
        try {
            template = engine.getTemplate(templateName, "UTF-8");
        } catch (ResourceNotFoundException e) {
            throw new IOException("no template " + templateName + " in the plugin", e);
        }
        template.merge(new VelocityContext(new java.util.HashMap<>(context)), writer);
        writer.flush();
    }

    /** Reads templates from the plugin's class loader only. */
    static final class PluginResources extends ResourceLoader {
        private final ClassLoader loader;

        PluginResources(ClassLoader loader) {
            this.loader = loader;
        }

        @Override
        public void init(ExtProperties configuration) {
            // nothing to configure
        }

        @Override
        public Reader getResourceReader(String source, String encoding) {
            InputStream in = loader.getResourceAsStream(source.startsWith("/") ? source.substring(1) : source);
            if (in == null) {
                throw new ResourceNotFoundException("no " + source + " in the plugin");
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        }

        @Override
        public boolean isSourceModified(Resource resource) {
            return false;
        }

        @Override
        public long getLastModified(Resource resource) {
            return 0;
        }
    }
}
