/*
 * Compile-only declaration. Follows the javadoc of com.atlassian.activeobjects:activeobjects-plugin
 * (ActiveObjects 6.x, shipped with Jira 10.3: docs.atlassian.com/activeobjects/), interface
 * com.atlassian.activeobjects.external.ActiveObjects. Only the methods the add-on calls are declared.
 */
package com.atlassian.activeobjects.external;

import com.atlassian.sal.api.transaction.TransactionCallback;
import net.java.ao.DBParam;
import net.java.ao.Query;
import net.java.ao.RawEntity;

import java.util.Map;

public interface ActiveObjects {

    <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params);

    <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params);

    <T extends RawEntity<K>, K> T get(Class<T> type, K key);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters);

    <K> int count(Class<? extends RawEntity<K>> type, Query query);

    void delete(RawEntity<?>... entities);

    <T> T executeInTransaction(TransactionCallback<T> callback);
}
