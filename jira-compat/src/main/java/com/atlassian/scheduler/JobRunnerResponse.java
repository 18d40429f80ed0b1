/*
 * Compile-only declaration. Follows atlassian-scheduler, final class com.atlassian.scheduler.JobRunnerResponse
 * (docs.atlassian.com/atlassian-scheduler-api/1.6.0 ; atlassian-scheduler-api 4.1.0 as shipped on platform 6 has the
 * same shape; the platform-7 version Jira 10.3 ships is unconfirmed, see ledger/platform.md).
 * Only the methods the add-on calls are declared.
 */
package com.atlassian.scheduler;

public final class JobRunnerResponse {
    private JobRunnerResponse() {
    }

    public static JobRunnerResponse success(String message) {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    /** The failure with the cause's short form as message ({@code failed(String)} rejects a null or blank message). */
    public static JobRunnerResponse failed(Throwable cause) {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
