/*
 * Compile-only declaration. Follows the Atlassian Plugins javadoc (docs.atlassian.com/atlassian-plugins/ ,
 * atlassian-plugins-api), class com.atlassian.plugin.PluginException extends RuntimeException: the superclass of
 * PluginParseException (atlassian-plugins-api 7.4.0 as shipped on platform 6; the 8.x version Jira 10.3 ships is
 * unconfirmed, see ledger/platform.md). Only the constructor PluginParseException needs is declared.
 */
package com.atlassian.plugin;

public class PluginException extends RuntimeException {
    public PluginException(String message) {
        super(message);
    }
}
