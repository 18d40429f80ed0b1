/*
 * Compile-only declaration. Follows the SAL 6 javadoc (docs.atlassian.com/sal-api/), enum
 * com.atlassian.sal.api.UrlMode.
 */
package com.atlassian.sal.api;

public enum UrlMode {
    ABSOLUTE,
    RELATIVE,
    RELATIVE_CANONICAL,
    CANONICAL,
    AUTO
}
