/*
 * Compile-only declaration. Follows the Jira 10.3 javadoc, interface com.atlassian.jira.issue.comments.Comment.
 * Only the methods the add-on calls are declared.
 */
package com.atlassian.jira.issue.comments;

public interface Comment {
    Long getId();
}
