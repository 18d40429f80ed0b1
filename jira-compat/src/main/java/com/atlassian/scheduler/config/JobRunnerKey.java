/*
 * Compile-only declaration. Follows atlassian-scheduler, final class com.atlassian.scheduler.config.JobRunnerKey
 * (implements Serializable, Comparable<JobRunnerKey>; docs.atlassian.com/atlassian-scheduler-api/1.6.0, same shape in
 * atlassian-scheduler-api 4.1.0; the platform-7 version Jira 10.3 ships is unconfirmed, see ledger/platform.md).
 * Only the methods the add-on calls are declared.
 */
package com.atlassian.scheduler.config;

import java.io.Serializable;

public final class JobRunnerKey implements Serializable, Comparable<JobRunnerKey> {
    // A value, so that a host (the OSGi host test) can register a job runner.
    private final String key;

    private JobRunnerKey(String key) {
        this.key = key;
    }

    public static JobRunnerKey of(String key) {
        return new JobRunnerKey(key);
    }

    @Override
    public int compareTo(JobRunnerKey o) {
        return key.compareTo(o.key);
    }
}
