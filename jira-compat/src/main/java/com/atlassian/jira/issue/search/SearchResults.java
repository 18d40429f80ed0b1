package com.atlassian.jira.issue.search;

import java.util.List;

/** One page of what a search found (compile-only; Mockito stands in for it in tests, Jira's class at run time). */
public class SearchResults<T> {

    private SearchResults() {
    }

    public List<T> getResults() {
        throw new IllegalStateException("compile-only declaration");
    }
}
