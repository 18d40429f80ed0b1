package com.atlassian.query;

/** A parsed JQL query, as the search service takes it. */
public interface Query {
}
