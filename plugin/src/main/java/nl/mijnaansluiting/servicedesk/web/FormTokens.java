package nl.mijnaansluiting.servicedesk.web;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Port: the XSRF token every form that changes something carries (SAL's in Jira, the session's in the sandbox). */
public interface FormTokens {

    /** The name of the hidden form field. */
    String parameterName();

    /** The token to put in the form. */
    String tokenFor(HttpServletRequest request, HttpServletResponse response);

    /** True when the posted form carries this session's token. */
    boolean isValid(HttpServletRequest request);
}
