/*
 * Compile-only declaration. Follows the Atlassian Plugins javadoc (atlassian-plugins-webfragment-api), interface
 * com.atlassian.plugin.web.Condition: decides whether a web-item or web-section is shown.
 * Implemented by the add-on: its whole abstract method set.
 */
package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.baseconditions.BaseCondition;

import java.util.Map;

public interface Condition extends BaseCondition {
    /** The condition's {@code <param>}s, once, when Jira creates it. */
    void init(Map<String, String> params) throws PluginParseException;

    /** True when the web fragment is shown in this context (the user, the project, ...). */
    boolean shouldDisplay(Map<String, Object> context);
}
