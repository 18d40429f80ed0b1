package nl.mijnaansluiting.servicedesk.jira;

import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import nl.mijnaansluiting.servicedesk.web.AdminSessions;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Jira's secure administrator session (WebSudo) for the admin pages, as SAL asks a plugin servlet to use it:
 * mark the request as WebSudo-protected; without a valid session Jira sends the administrator to confirm the
 * password and back.
 */
public class SalAdminSessions implements AdminSessions {

    private final WebSudoManager webSudoManager;

    public SalAdminSessions(WebSudoManager webSudoManager) {
        this.webSudoManager = webSudoManager;
    }

    @Override
    public boolean confirmed(HttpServletRequest request, HttpServletResponse response) {
        try {
            webSudoManager.willExecuteWebSudoRequest(request);
            return true;
        } catch (WebSudoSessionException notConfirmed) {
            webSudoManager.enforceWebSudoProtection(request, response);
            return false;
        }
    }
}
