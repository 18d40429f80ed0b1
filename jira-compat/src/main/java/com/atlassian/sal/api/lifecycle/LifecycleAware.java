/*
 * Compile-only declaration. Follows the SAL javadoc, interface com.atlassian.sal.api.lifecycle.LifecycleAware.
 * Only the methods the add-on calls are declared.
 */
package com.atlassian.sal.api.lifecycle;

public interface LifecycleAware {
    void onStart();

    void onStop();
}
