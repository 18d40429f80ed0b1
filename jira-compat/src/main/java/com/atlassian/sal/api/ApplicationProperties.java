/*
 * Compile-only declaration. Follows the SAL 6 javadoc (docs.atlassian.com/sal-api/), interface
 * com.atlassian.sal.api.ApplicationProperties. Only the methods the add-on calls are declared.
 */
package com.atlassian.sal.api;

public interface ApplicationProperties {
    String getBaseUrl(UrlMode urlMode);
}
