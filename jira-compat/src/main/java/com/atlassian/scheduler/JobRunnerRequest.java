/*
 * Compile-only declaration. Follows atlassian-scheduler, interface com.atlassian.scheduler.JobRunnerRequest.
 * Only the methods the add-on calls are declared.
 */
package com.atlassian.scheduler;

import java.util.Date;

public interface JobRunnerRequest {
    Date getStartTime();
}
