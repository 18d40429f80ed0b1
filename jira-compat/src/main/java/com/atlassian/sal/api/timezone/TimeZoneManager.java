package com.atlassian.sal.api.timezone;

import com.atlassian.sal.api.user.UserKey;

import java.util.TimeZone;

/** SAL: a user's time zone as set in their Jira profile, the instance's default otherwise. */
public interface TimeZoneManager {

    TimeZone getUserTimeZone(UserKey user);
}
