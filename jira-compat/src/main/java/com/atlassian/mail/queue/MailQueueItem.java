/*
 * Compile-only declaration. Follows atlassian-mail, interface com.atlassian.mail.queue.MailQueueItem.
 * Only the methods the add-on calls are declared.
 */
package com.atlassian.mail.queue;

public interface MailQueueItem {
    String getSubject();
}
