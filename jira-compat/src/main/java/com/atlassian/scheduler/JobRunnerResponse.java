/*
 * Compile-only declaration. Follows atlassian-scheduler, final class com.atlassian.scheduler.JobRunnerResponse
 * (docs.atlassian.com/atlassian-scheduler-api/1.6.0 ; atlassian-scheduler-api 4.1.0 as shipped on platform 6 has the
 * same shape; the platform-7 version Jira 10.3 ships is unconfirmed, see ledger/platform.md).
 * Only the methods the add-on calls are declared.
 */
package com.atlassian.scheduler;

public final class JobRunnerResponse {
    // A value, so that a host (the OSGi host test) can run a job: the status and message it reports.
    private final String status;
    private final String message;

    private JobRunnerResponse(String status, String message) {
        this.status = status;
        this.message = message;
    }

    public static JobRunnerResponse success(String message) {
        return new JobRunnerResponse("SUCCESS", message);
    }

    /** The failure with the cause's short form as message ({@code failed(String)} rejects a null or blank message). */
    public static JobRunnerResponse failed(Throwable cause) {
        return new JobRunnerResponse("FAILED", String.valueOf(cause));
    }
}
