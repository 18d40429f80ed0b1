package nl.mijnaansluiting.servicedesk.jira;

import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import org.junit.Test;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/** The admin pages use Jira's WebSudo as SAL asks a plugin servlet to. */
public class SalAdminSessionsTest {

    private final WebSudoManager webSudo = mock(WebSudoManager.class);
    private final SalAdminSessions sessions = new SalAdminSessions(webSudo);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);

    @Test
    public void aSecureAdministratorSessionLetsThePageGoOnAndMarksTheRequestAsWebSudo() {
        assertTrue(sessions.confirmed(request, response));
        verify(webSudo).willExecuteWebSudoRequest(request);
        verify(webSudo, never()).enforceWebSudoProtection(request, response);
    }

    @Test
    public void withoutOneJiraAsksForThePasswordAndThePageStops() {
        doThrow(new WebSudoSessionException("no websudo session")).when(webSudo).willExecuteWebSudoRequest(request);
        assertFalse(sessions.confirmed(request, response));
        verify(webSudo).enforceWebSudoProtection(request, response);
    }
}
