/*
 * Compile-only declaration of the Jira core interface com.atlassian.jira.event.type.EventDispatchOption, for the Jira 10.3 target.
 * No Jira 10.x javadoc page of this type could be read here, so its signatures are the best older evidence:
 * Checked against https://docs.atlassian.com/jira/7.0.6/com/atlassian/jira/issue/IssueManager.html
 * (Jira 7.0.6, the IssueManager page that takes it; no page of its own was found).
 * Every row of it in jira-compat/ledger/jira.md is `unconfirmed`: check it against a real Jira 10.3.
 * Only the members the add-on calls are declared.
 */
package com.atlassian.jira.event.type;

public interface EventDispatchOption {
    /** Store without firing an issue event (the value comes from Jira at run time; never bundled). */
    EventDispatchOption DO_NOT_DISPATCH = null;
}
