/*
 * Compile-only declaration. Follows atlassian-scheduler, class com.atlassian.scheduler.config.JobConfig.
 * Only the methods the add-on calls are declared.
 */
package com.atlassian.scheduler.config;

public final class JobConfig {
    // A value, so that a host (the OSGi host test) can schedule a job.
    private final JobRunnerKey runner;
    private final RunMode runMode;
    private final Schedule schedule;

    private JobConfig(JobRunnerKey runner, RunMode runMode, Schedule schedule) {
        this.runner = runner;
        this.runMode = runMode;
        this.schedule = schedule;
    }

    public static JobConfig forJobRunnerKey(JobRunnerKey jobRunnerKey) {
        return new JobConfig(jobRunnerKey, RunMode.RUN_ONCE_PER_CLUSTER, null);
    }

    public JobConfig withRunMode(RunMode runMode) {
        return new JobConfig(runner, runMode, schedule);
    }

    public JobConfig withSchedule(Schedule schedule) {
        return new JobConfig(runner, runMode, schedule);
    }
}
