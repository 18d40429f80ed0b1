package nl.mijnaansluiting.servicedesk.web;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Port: the application's secure administrator session. Jira asks an administrator for the password again
 * before administration ("WebSudo", SAL's WebSudoManager) and keeps that confirmation for a while; the sandbox
 * does the same with its own page.
 */
public interface AdminSessions {

    /**
     * True when a secure administrator session covers this request. Otherwise the application has answered it
     * (sent the administrator to confirm the password, coming back here afterwards) and the page must stop.
     */
    boolean confirmed(HttpServletRequest request, HttpServletResponse response) throws IOException;
}
