/*
 * Compile-only declaration. Follows atlassian-scheduler, final class com.atlassian.scheduler.config.JobId
 * (implements Serializable, Comparable<JobId>; docs.atlassian.com/atlassian-scheduler-api/1.6.0, same shape in
 * atlassian-scheduler-api 4.1.0; the platform-7 version Jira 10.3 ships is unconfirmed, see ledger/platform.md).
 * Only the methods the add-on calls are declared.
 */
package com.atlassian.scheduler.config;

import java.io.Serializable;

public final class JobId implements Serializable, Comparable<JobId> {
    private JobId() {
    }

    public static JobId of(String id) {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    @Override
    public int compareTo(JobId o) {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
