/*
 * Compile-only declaration. Follows the SAL 6 javadoc (docs.atlassian.com/sal-api/), interface
 * com.atlassian.sal.api.message.LocaleResolver. Only the methods the add-on calls are declared.
 */
package com.atlassian.sal.api.message;

import com.atlassian.sal.api.user.UserKey;

import java.util.Locale;

public interface LocaleResolver {
    /** The locale of the given user's profile. */
    Locale getLocale(UserKey userKey);
}
