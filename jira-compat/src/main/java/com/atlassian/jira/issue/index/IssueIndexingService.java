/*
 * Compile-only declaration of the Jira core interface com.atlassian.jira.issue.index.IssueIndexingService, for the Jira 10.3 target.
 * No Jira 10.x javadoc page of this type could be read here, so its signatures are the best older evidence:
 * Checked against https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/index/IssueIndexingService.html
 * (an unversioned "latest" page, Java 8 javadoc style: Jira 7/8 era).
 * Every row of it in jira-compat/ledger/jira.md is `unconfirmed`: check it against a real Jira 10.3.
 * Only the members the add-on calls are declared.
 */
package com.atlassian.jira.issue.index;

import com.atlassian.jira.issue.Issue;

public interface IssueIndexingService {
    /** Reindexes one issue (after its fields changed), so searches and JSM queues see the change. */
    void reIndex(Issue issue) throws IndexException;
}
