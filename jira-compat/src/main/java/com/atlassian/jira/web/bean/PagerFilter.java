/*
 * Compile-only declaration of the Jira core class com.atlassian.jira.web.bean.PagerFilter, for the Jira 10.3 target. A value
 * (how many results a search returns), so that the Mockito tests can construct one; Jira's own class replaces it at run time.
 */
package com.atlassian.jira.web.bean;

public class PagerFilter<T> {
    private final int start;
    private final int max;

    public PagerFilter(int start, int max) {
        this.start = start;
        this.max = max;
    }
}
