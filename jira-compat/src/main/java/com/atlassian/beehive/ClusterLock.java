/*
 * Compile-only declaration. Follows atlassian-beehive, interface com.atlassian.beehive.ClusterLock.
 * Only the methods the add-on calls are declared.
 */
package com.atlassian.beehive;

import java.util.concurrent.locks.Lock;

public interface ClusterLock extends Lock {
}
