/*
 * Compile-only declaration. Follows the SAL 6 javadoc (docs.atlassian.com/sal-api/), interface
 * com.atlassian.sal.api.user.UserManager. Only the methods the add-on calls are declared.
 */
package com.atlassian.sal.api.user;

public interface UserManager {
    /** The signed-in user of the current request, or null when anonymous. */
    UserProfile getRemoteUser();

    boolean isAdmin(UserKey userKey);

    boolean isUserInGroup(UserKey userKey, String group);
}
