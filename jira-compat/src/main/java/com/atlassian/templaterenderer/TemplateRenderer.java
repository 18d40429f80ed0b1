/*
 * Compile-only declaration. Follows the javadoc of com.atlassian.templaterenderer:atlassian-template-renderer-api
 * (docs.atlassian.com/atlassian-template-renderer/), interface com.atlassian.templaterenderer.TemplateRenderer.
 * Jira's Velocity implementation HTML-escapes every reference except those whose name ends in "Html".
 */
package com.atlassian.templaterenderer;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

public interface TemplateRenderer {
    void render(String templateName, Map<String, Object> context, Writer writer)
            throws RenderingException, IOException;
}
