/*
 * Compile-only declaration. Follows the Jira 10.3 javadoc (docs.atlassian.com/software/jira/docs/api/10.3.0/), interface com.atlassian.jira.event.type.EventDispatchOption.
 * Only the methods the add-on calls are declared.
 */
package com.atlassian.jira.event.type;

public interface EventDispatchOption {
    /** Store without firing an issue event (the value comes from Jira at run time; never bundled). */
    EventDispatchOption DO_NOT_DISPATCH = null;

    boolean isEventBeingSent();
}
