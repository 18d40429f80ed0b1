/*
 * Compile-only declaration. Follows atlassian-scheduler, class com.atlassian.scheduler.JobRunnerResponse.
 * Only the methods the add-on calls are declared.
 */
package com.atlassian.scheduler;

public class JobRunnerResponse {
    private JobRunnerResponse() {
    }

    public static JobRunnerResponse success(String message) {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    public static JobRunnerResponse failed(String message) {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
