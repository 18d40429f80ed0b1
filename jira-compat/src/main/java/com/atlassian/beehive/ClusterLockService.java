/*
 * Compile-only declaration. Follows atlassian-beehive, interface com.atlassian.beehive.ClusterLockService.
 * Only the methods the add-on calls are declared.
 */
package com.atlassian.beehive;

public interface ClusterLockService {
    ClusterLock getLockForName(String lockName);
}
