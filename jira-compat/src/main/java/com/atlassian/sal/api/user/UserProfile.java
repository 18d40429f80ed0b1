/*
 * Compile-only declaration. Follows the SAL 6 javadoc (docs.atlassian.com/sal-api/), interface
 * com.atlassian.sal.api.user.UserProfile. Only the methods the add-on calls are declared.
 */
package com.atlassian.sal.api.user;

public interface UserProfile {
    UserKey getUserKey();

    String getUsername();

    String getFullName();

    String getEmail();
}
