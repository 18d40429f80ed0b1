/*
 * Compile-only declaration. Follows atlassian-scheduler, interface com.atlassian.scheduler.JobRunner.
 * Only the methods the add-on calls are declared.
 */
package com.atlassian.scheduler;

public interface JobRunner {
    JobRunnerResponse runJob(JobRunnerRequest request);
}
