/*
 * Compile-only declaration. Follows atlassian-scheduler, class com.atlassian.scheduler.config.JobId.
 * Only the methods the add-on calls are declared.
 */
package com.atlassian.scheduler.config;

public final class JobId {
    private JobId() {
    }

    public static JobId of(String id) {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
