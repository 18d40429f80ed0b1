/*
 * Compile-only declaration of com.atlassian.servicedesk.api.util.paging.PagedRequest.
 * No 10.3 page was found; the nearest 10.x page:
 * https://docs.atlassian.com/jira-servicedesk/10.2.0/com/atlassian/servicedesk/api/util/paging/PagedRequest.html
 * Only the members the add-on calls are declared; every one has its row in jira-compat/ledger/jsm.md.
 */
package com.atlassian.servicedesk.api.util.paging;

public interface PagedRequest {
    int getStart();

    int getLimit();
}
