/*
 * Compile-only declaration of the Jira core interface com.atlassian.jira.util.thread.JiraThreadLocalUtil, for the Jira 10.3 target.
 * No Jira 10.x javadoc page of this type could be read here, so its signatures are the best older evidence:
 * Jira's own 6.x source of the interface (code corpus) and Atlassian's "Working with JiraThreadLocalUtil" page
 * (https://developer.atlassian.com/server/framework/atlassian-sdk/working-with-JiraThreadLocalUtil), both with a
 * log4j 1.2 Logger. Every row of it in jira-compat/ledger/jira.md is `unconfirmed`: check it against a real Jira 10.3.
 * Only the members the add-on calls are declared.
 */
package com.atlassian.jira.util.thread;

import org.apache.log4j.Logger;

public interface JiraThreadLocalUtil {
    /** Sets up a clean thread-local environment before work on a thread Jira did not start. */
    void preCall();

    /** Clears it again, in a finally block; problems (an open transaction) are logged to {@code log}. */
    void postCall(Logger log);
}
