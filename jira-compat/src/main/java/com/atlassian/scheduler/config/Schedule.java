/*
 * Compile-only declaration. Follows atlassian-scheduler, class com.atlassian.scheduler.config.Schedule.
 * Only the methods the add-on calls are declared.
 */
package com.atlassian.scheduler.config;

import java.util.Date;

public final class Schedule {
    // A value, so that a host (the OSGi host test) can schedule a job.
    private final long intervalInMillis;

    private Schedule(long intervalInMillis) {
        this.intervalInMillis = intervalInMillis;
    }

    public static Schedule forInterval(long intervalInMillis, Date firstRunTime) {
        return new Schedule(intervalInMillis);
    }
}
