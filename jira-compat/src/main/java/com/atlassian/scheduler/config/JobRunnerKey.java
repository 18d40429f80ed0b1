/*
 * Compile-only declaration. Follows atlassian-scheduler, final class com.atlassian.scheduler.config.JobRunnerKey
 * (implements Serializable, Comparable<JobRunnerKey>; docs.atlassian.com/atlassian-scheduler-api/1.6.0, same shape in
 * atlassian-scheduler-api 4.1.0; the platform-7 version Jira 10.3 ships is unconfirmed, see ledger/platform.md).
 * Only the methods the add-on calls are declared.
 */
package com.atlassian.scheduler.config;

import java.io.Serializable;

public final class JobRunnerKey implements Serializable, Comparable<JobRunnerKey> {
    private JobRunnerKey() {
    }

    public static JobRunnerKey of(String key) {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    @Override
    public int compareTo(JobRunnerKey o) {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
