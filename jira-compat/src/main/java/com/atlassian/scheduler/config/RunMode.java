/*
 * Compile-only declaration. Follows atlassian-scheduler, enum com.atlassian.scheduler.config.RunMode.
 * Only the methods the add-on calls are declared.
 */
package com.atlassian.scheduler.config;

public enum RunMode {
    RUN_ONCE_PER_CLUSTER,
    RUN_LOCALLY
}
