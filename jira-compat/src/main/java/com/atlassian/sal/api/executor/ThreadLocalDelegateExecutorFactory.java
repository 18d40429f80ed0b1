/*
 * Compile-only declaration of com.atlassian.sal.api.executor.ThreadLocalDelegateExecutorFactory (SAL), the
 * products' own way to run work on another thread in the calling thread's thread-local context (in Jira: its
 * thread locals and the signed-in user). Source: SAL 4.0.0 (xref)
 * https://docs.atlassian.com/sal-parent/4.0.0/xref/com/atlassian/sal/api/executor/ThreadLocalDelegateExecutorFactory.html
 * Only the method the add-on calls is declared.
 */
package com.atlassian.sal.api.executor;

import java.util.concurrent.Callable;

public interface ThreadLocalDelegateExecutorFactory {
    <T> Callable<T> createCallable(Callable<T> delegate);
}
