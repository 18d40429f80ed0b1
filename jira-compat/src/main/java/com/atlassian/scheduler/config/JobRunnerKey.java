/*
 * Compile-only declaration. Follows atlassian-scheduler, class com.atlassian.scheduler.config.JobRunnerKey.
 * Only the methods the add-on calls are declared.
 */
package com.atlassian.scheduler.config;

public final class JobRunnerKey {
    private JobRunnerKey() {
    }

    public static JobRunnerKey of(String key) {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
