/*
 * Compile-only declaration. Follows the SAL 6 javadoc (docs.atlassian.com/sal-api/), enum
 * com.atlassian.sal.api.UrlMode, constants in the
 * order SAL declares them.
 */
package com.atlassian.sal.api;

public enum UrlMode {
    CANONICAL,
    ABSOLUTE,
    RELATIVE,
    RELATIVE_CANONICAL,
    AUTO
}
