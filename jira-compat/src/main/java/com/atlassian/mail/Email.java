/*
 * Compile-only declaration. Follows atlassian-mail (docs.atlassian.com/atlassian-mail), class com.atlassian.mail.Email; Jira provides it at run time.
 * Only the methods the add-on calls are declared.
 */
package com.atlassian.mail;

public class Email {
    public Email(String to) {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    public Email setSubject(String subject) {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    public Email setBody(String body) {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
