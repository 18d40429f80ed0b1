/*
 * Compile-only declaration. Follows atlassian-scheduler, class com.atlassian.scheduler.SchedulerServiceException.
 * Only the methods the add-on calls are declared.
 */
package com.atlassian.scheduler;

public class SchedulerServiceException extends Exception {
    public SchedulerServiceException(String message) {
        super(message);
    }
}
