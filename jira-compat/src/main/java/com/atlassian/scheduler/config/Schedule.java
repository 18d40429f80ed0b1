/*
 * Compile-only declaration. Follows atlassian-scheduler, class com.atlassian.scheduler.config.Schedule.
 * Only the methods the add-on calls are declared.
 */
package com.atlassian.scheduler.config;

import java.util.Date;

public final class Schedule {
    private Schedule() {
    }

    public static Schedule forInterval(long intervalInMillis, Date firstRunTime) {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
