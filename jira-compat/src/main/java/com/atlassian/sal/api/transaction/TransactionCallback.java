/*
 * Compile-only declaration. Follows the SAL 6 javadoc (docs.atlassian.com/sal-api/), interface
 * com.atlassian.sal.api.transaction.TransactionCallback, used by ActiveObjects#executeInTransaction.
 */
package com.atlassian.sal.api.transaction;

public interface TransactionCallback<T> {
    T doInTransaction();
}
