/*
 * Compile-only declaration. Follows the Atlassian web resource manager javadoc (atlassian-plugins-webresource-api 6.x,
 * platform 7), interface com.atlassian.webresource.api.assembler.PageBuilderService.
 */
package com.atlassian.webresource.api.assembler;

public interface PageBuilderService {
    WebResourceAssembler assembler();
}
