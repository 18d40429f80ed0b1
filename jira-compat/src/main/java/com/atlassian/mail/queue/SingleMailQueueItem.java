/*
 * Compile-only declaration. Follows atlassian-mail, class com.atlassian.mail.queue.SingleMailQueueItem.
 * Only the methods the add-on calls are declared.
 */
package com.atlassian.mail.queue;

import com.atlassian.mail.Email;

public class SingleMailQueueItem implements MailQueueItem {
    public SingleMailQueueItem(Email email) {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    @Override
    public String getSubject() {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
