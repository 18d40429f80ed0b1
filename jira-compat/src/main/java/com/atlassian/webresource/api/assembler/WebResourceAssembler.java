/*
 * Compile-only declaration. Follows the Atlassian web resource manager javadoc (atlassian-plugins-webresource-api 6.x,
 * platform 7), interface com.atlassian.webresource.api.assembler.WebResourceAssembler. Only what the add-on calls.
 */
package com.atlassian.webresource.api.assembler;

public interface WebResourceAssembler {
    RequiredResources resources();
}
