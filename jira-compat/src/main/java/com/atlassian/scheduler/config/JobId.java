/*
 * Compile-only declaration. Follows atlassian-scheduler, final class com.atlassian.scheduler.config.JobId
 * (implements Serializable, Comparable<JobId>; docs.atlassian.com/atlassian-scheduler-api/1.6.0, same shape in
 * atlassian-scheduler-api 4.1.0; the platform-7 version Jira 10.3 ships is unconfirmed, see ledger/platform.md).
 * Only the methods the add-on calls are declared.
 */
package com.atlassian.scheduler.config;

import java.io.Serializable;

public final class JobId implements Serializable, Comparable<JobId> {
    // A value, so that a host (the OSGi host test) can schedule a job.
    private final String id;

    private JobId(String id) {
        this.id = id;
    }

    public static JobId of(String id) {
        return new JobId(id);
    }

    @Override
    public int compareTo(JobId o) {
        return id.compareTo(o.id);
    }
}
