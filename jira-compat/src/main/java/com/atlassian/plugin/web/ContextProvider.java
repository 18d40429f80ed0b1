/*
 * Compile-only declaration. Follows the Atlassian Plugins javadoc (docs.atlassian.com/atlassian-plugins/ , atlassian-plugins-webfragment-api), interface com.atlassian.plugin.web.ContextProvider.
 * Only the methods the add-on calls are declared.
 */
package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;

import java.util.Map;

public interface ContextProvider {
    /** The module's {@code <param>}s, once. */
    void init(Map<String, String> params) throws PluginParseException;

    /** Adds the values the web panel's template reads to {@code context} (Jira's view issue: "issue"). */
    Map<String, Object> getContextMap(Map<String, Object> context);
}
