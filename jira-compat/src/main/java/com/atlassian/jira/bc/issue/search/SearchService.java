package com.atlassian.jira.bc.issue.search;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;

/** Jira's issue search: JQL parsed and run with the searcher's permissions. */
public interface SearchService {

    SearchResults<Issue> search(ApplicationUser searcher, Query query, PagerFilter pager) throws SearchException;

    ParseResult parseQuery(ApplicationUser searcher, String query);

    /** What parsing a JQL text gave: the query, or why it is no query. */
    class ParseResult {

        private ParseResult() {
        }

        public Query getQuery() {
            throw new IllegalStateException("compile-only declaration");
        }

        public boolean isValid() {
            throw new IllegalStateException("compile-only declaration");
        }
    }
}
