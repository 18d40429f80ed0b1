/*
 * Compile-only declaration. Follows atlassian-scheduler, class com.atlassian.scheduler.config.JobConfig.
 * Only the methods the add-on calls are declared.
 */
package com.atlassian.scheduler.config;

public final class JobConfig {
    private JobConfig() {
    }

    public static JobConfig forJobRunnerKey(JobRunnerKey jobRunnerKey) {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    public JobConfig withRunMode(RunMode runMode) {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    public JobConfig withSchedule(Schedule schedule) {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
