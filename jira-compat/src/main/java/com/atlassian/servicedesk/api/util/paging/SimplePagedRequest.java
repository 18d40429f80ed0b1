/*
 * Compile-only declaration. Follows the JSM 10.3 javadoc (docs.atlassian.com/jira-servicedesk/10.3.2/), class com.atlassian.servicedesk.api.util.paging.SimplePagedRequest.
 * Only the methods the add-on calls are declared.
 */
package com.atlassian.servicedesk.api.util.paging;

public class SimplePagedRequest implements PagedRequest {
    private final int start;
    private final int limit;

    public SimplePagedRequest(int start, int limit) {
        this.start = start;
        this.limit = limit;
    }

    public static SimplePagedRequest paged(int start, int limit) {
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
