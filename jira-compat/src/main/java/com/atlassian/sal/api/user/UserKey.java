/*
 * Compile-only declaration. Follows the SAL 6 javadoc (docs.atlassian.com/sal-api/), final class
 * com.atlassian.sal.api.user.UserKey: an immutable, case-sensitive user key.
 */
package com.atlassian.sal.api.user;

import java.io.Serializable;
import java.util.Objects;

public final class UserKey implements Serializable {
    private final String userKey;

    public UserKey(String userKey) {
        this.userKey = Objects.requireNonNull(userKey, "userKey");
    }

    public String getStringValue() {
        return userKey;
    }

    public static UserKey fromLong(long userId) {
        return new UserKey(String.valueOf(userId));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UserKey && ((UserKey) o).userKey.equals(userKey);
    }

    @Override
    public int hashCode() {
        return userKey.hashCode();
    }

    @Override
    public String toString() {
        return userKey;
    }
}
