package com.atlassian.jira.issue.search;

/** A search that could not run (the index unavailable, a query Lucene refuses). */
public class SearchException extends Exception {
}
