/*
 * Compile-only declaration. Follows the Atlassian Plugins javadoc (docs.atlassian.com/atlassian-plugins/ ,
 * atlassian-plugins-api), class com.atlassian.plugin.PluginParseException extends PluginException (atlassian-plugins-api
 * 7.4.0 as shipped on platform 6; the 8.x version Jira 10.3 ships is unconfirmed, see ledger/platform.md).
 * Only the constructor the add-on could call is declared.
 */
package com.atlassian.plugin;

public class PluginParseException extends PluginException {
    public PluginParseException(String message) {
        super(message);
    }
}
