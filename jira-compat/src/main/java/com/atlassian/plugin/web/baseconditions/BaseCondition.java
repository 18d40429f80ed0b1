/*
 * Compile-only declaration. Follows the Atlassian Plugins javadoc (atlassian-plugins-webfragment-api), interface
 * com.atlassian.plugin.web.baseconditions.BaseCondition: the marker every web-fragment condition extends.
 */
package com.atlassian.plugin.web.baseconditions;

public interface BaseCondition {
}
