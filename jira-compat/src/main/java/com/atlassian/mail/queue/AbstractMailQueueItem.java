/*
 * Compile-only declaration. Follows atlassian-mail, abstract class com.atlassian.mail.queue.AbstractMailQueueItem
 * (implements MailQueueItem; the superclass of SingleMailQueueItem in atlassian-mail 5.3.0 as shipped on platform 6;
 * the platform-7 version Jira 10.3 ships is unconfirmed, see ledger/platform.md).
 * Declared only so that SingleMailQueueItem has its real superclass; the add-on calls nothing on it.
 */
package com.atlassian.mail.queue;

public abstract class AbstractMailQueueItem implements MailQueueItem {
    public AbstractMailQueueItem() {
    }

    @Override
    public final int compareTo(MailQueueItem o) {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
