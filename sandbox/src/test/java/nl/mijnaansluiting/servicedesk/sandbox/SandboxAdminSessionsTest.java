package nl.mijnaansluiting.servicedesk.sandbox;

import org.junit.Test;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The sandbox's secure administrator session lasts ten minutes after the last administrative request. */
public class SandboxAdminSessionsTest {

    private Instant now = Instant.parse("2026-12-01T09:00:00Z");
    private final Clock clock = new Clock() {
        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    };
    private final SandboxAdminSessions sessions = new SandboxAdminSessions(clock);
    private final Map<String, Object> attributes = new HashMap<>();
    private final HttpSession session = mock(HttpSession.class);
    private final HttpServletRequest request = mock(HttpServletRequest.class);

    {
        when(request.getSession(false)).thenReturn(session);
        when(session.getAttribute(anyString())).thenAnswer(call -> attributes.get(call.<String>getArgument(0)));
        org.mockito.Mockito.doAnswer(call -> attributes.put(call.getArgument(0), call.getArgument(1)))
                .when(session).setAttribute(anyString(), org.mockito.ArgumentMatchers.any());
    }

    @Test
    public void confirmedLastsTenMinutesAfterTheLastAdministrativeRequest() {
        assertFalse(sessions.covers(request));
        sessions.confirm(session);
        now = now.plus(Duration.ofMinutes(9));
        assertTrue(sessions.covers(request));
        now = now.plus(Duration.ofMinutes(9));
        assertTrue("each request extends it", sessions.covers(request));
        now = now.plus(SandboxAdminSessions.TIMEOUT);
        assertFalse(sessions.covers(request));
    }

    @Test
    public void aPageWithoutOneSendsTheAdministratorToConfirmAndBack() throws Exception {
        HttpServletResponse response = mock(HttpServletResponse.class);
        when(request.getRequestURI()).thenReturn("/plugins/servlet/ma-servicedesk/admin/sla");
        when(request.getQueryString()).thenReturn("calendar=nl");
        assertFalse(sessions.confirmed(request, response));
        verify(response).sendRedirect("/websudo?next=%2Fplugins%2Fservlet%2Fma-servicedesk%2Fadmin%2Fsla%3Fcalendar%3Dnl");
    }

    @Test
    public void httpBasicCarriesThePasswordAndIsNotAsked() {
        when(request.getHeader("Authorization")).thenReturn("Basic YWRtaW46d2Vsa29tMTIz");
        assertTrue(sessions.covers(request));
    }
}
