/*
 * Compile-only declaration. Follows atlassian-mail, class com.atlassian.mail.queue.SingleMailQueueItem
 * (extends AbstractMailQueueItem; atlassian-mail 5.3.0 as shipped on platform 6; the platform-7 version Jira 10.3
 * ships is unconfirmed, see ledger/platform.md). Only the constructor the add-on calls is declared.
 */
package com.atlassian.mail.queue;

import com.atlassian.mail.Email;

public class SingleMailQueueItem extends AbstractMailQueueItem {
    public SingleMailQueueItem(Email email) {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
