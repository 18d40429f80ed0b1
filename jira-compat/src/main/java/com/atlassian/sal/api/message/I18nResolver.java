/*
 * Compile-only declaration. Follows the SAL javadoc, interface com.atlassian.sal.api.message.I18nResolver
 * (https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/message/I18nResolver.html; no SAL 6.x
 * page found). Only the methods the add-on calls are declared.
 */
package com.atlassian.sal.api.message;

import java.io.Serializable;
import java.util.Locale;

public interface I18nResolver {
    /**
     * The text of the key in the locale's language from the host's and plugins' i18n resources, formatted with the
     * arguments; the key itself (formatted) when it cannot be resolved.
     */
    String getText(Locale locale, String key, Serializable... arguments);

    /** The unformatted text of the key in the locale's language. */
    String getRawText(Locale locale, String key);
}
