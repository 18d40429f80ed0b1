/*
 * Compile-only declaration. Follows the SAL javadoc (docs.atlassian.com/sal-parent/, sal-api), class
 * com.atlassian.sal.api.websudo.WebSudoSessionException (unchecked): the WebSudo session is missing or expired.
 */
package com.atlassian.sal.api.websudo;

public class WebSudoSessionException extends RuntimeException {
    public WebSudoSessionException(String message) {
        super(message);
    }
}
