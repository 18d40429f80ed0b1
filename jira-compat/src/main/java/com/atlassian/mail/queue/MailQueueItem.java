/*
 * Compile-only declaration. Follows atlassian-mail, interface com.atlassian.mail.queue.MailQueueItem
 * (extends Comparable<MailQueueItem>; atlassian-mail 5.3.0 as shipped on platform 6; the platform-7 version Jira 10.3
 * ships is unconfirmed, see ledger/platform.md). The add-on only hands items to the queue, so no method is declared.
 */
package com.atlassian.mail.queue;

public interface MailQueueItem extends Comparable<MailQueueItem> {
}
