/*
 * Compile-only declaration. Follows the Atlassian Plugins javadoc (docs.atlassian.com/atlassian-plugins/ , atlassian-plugins-webfragment-api), class com.atlassian.plugin.PluginParseException (atlassian-plugins-api).
 * Only the methods the add-on calls are declared.
 */
package com.atlassian.plugin;

public class PluginParseException extends RuntimeException {
    public PluginParseException(String message) {
        super(message);
    }
}
