/*
 * Compile-only declaration of the interface com.atlassian.query.clause.TerminalClause (atlassian-query, shipped with jira-api).
 * Named by JqlFunction#validate and #getValues (https://docs.atlassian.com/jira/latest/com/atlassian/query/clause/class-use/TerminalClause.html);
 * the add-on calls none of its members, so none are declared.
 */
package com.atlassian.query.clause;

public interface TerminalClause {
}
