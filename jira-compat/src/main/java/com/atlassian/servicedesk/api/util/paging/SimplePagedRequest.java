/*
 * Compile-only declaration of com.atlassian.servicedesk.api.util.paging.SimplePagedRequest.
 * No 10.3 page was found; the nearest 10.x page:
 * https://docs.atlassian.com/jira-servicedesk/10.1.2/com/atlassian/servicedesk/api/util/paging/SimplePagedRequest.html
 * paged(int, int) returns the interface PagedRequest (compiling against a SimplePagedRequest return linked to a method JSM lacks).
 * Only the members the add-on calls are declared; every one has its row in jira-compat/ledger/jsm.md.
 */
package com.atlassian.servicedesk.api.util.paging;

public class SimplePagedRequest implements PagedRequest {
    private final int start;
    private final int limit;

    public SimplePagedRequest(int start, int limit) {
        this.start = start;
        this.limit = limit;
    }

    public static PagedRequest paged(int start, int limit) {
        return new SimplePagedRequest(start, limit);
    }

    @Override
    public int getStart() {
        return start;
    }

    @Override
    public int getLimit() {
        return limit;
    }
}
