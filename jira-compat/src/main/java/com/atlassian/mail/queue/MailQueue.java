/*
 * Compile-only declaration. Follows atlassian-mail, interface com.atlassian.mail.queue.MailQueue (Jira's outgoing mail queue).
 * Only the methods the add-on calls are declared.
 */
package com.atlassian.mail.queue;

public interface MailQueue {
    void addItem(MailQueueItem item);
}
