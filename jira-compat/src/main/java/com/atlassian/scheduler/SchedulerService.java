/*
 * Compile-only declaration. Follows atlassian-scheduler, interface com.atlassian.scheduler.SchedulerService.
 * Only the methods the add-on calls are declared.
 */
package com.atlassian.scheduler;

import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;

public interface SchedulerService {
    void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner);

    void unregisterJobRunner(JobRunnerKey jobRunnerKey);

    void scheduleJob(JobId jobId, JobConfig jobConfig) throws SchedulerServiceException;

    void unscheduleJob(JobId jobId);
}
