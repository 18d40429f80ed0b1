/*
 * Compile-only declaration. Follows the SAL javadoc (docs.atlassian.com/sal-parent/, sal-api), interface
 * com.atlassian.sal.api.websudo.WebSudoManager: Jira's secure administrator session ("WebSudo").
 * Only the methods the add-on calls are declared.
 */
package com.atlassian.sal.api.websudo;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public interface WebSudoManager {
    /** Ensures the request is protected by a WebSudo session: Jira asks for the password, then comes back. */
    void enforceWebSudoProtection(HttpServletRequest request, HttpServletResponse response);

    /** Marks the request as one for a WebSudo-protected resource; throws when no WebSudo session covers it. */
    void willExecuteWebSudoRequest(HttpServletRequest request) throws WebSudoSessionException;
}
