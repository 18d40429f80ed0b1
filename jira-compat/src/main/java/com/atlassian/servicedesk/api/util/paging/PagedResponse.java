/*
 * Compile-only declaration of com.atlassian.servicedesk.api.util.paging.PagedResponse (extends Iterable there).
 * No 10.3 page was found; the nearest 10.x page:
 * https://docs.atlassian.com/jira-servicedesk/10.2.0/com/atlassian/servicedesk/api/util/paging/PagedResponse.html
 * Only the members the add-on calls are declared; every one has its row in jira-compat/ledger/jsm.md.
 */
package com.atlassian.servicedesk.api.util.paging;

import java.util.List;

public interface PagedResponse<T> extends Iterable<T> {
    List<T> getResults();

    boolean hasNextPage();
}
