package nl.mijnaansluiting.servicedesk.jira;

import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import nl.mijnaansluiting.servicedesk.web.FormTokens;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Jira's XSRF tokens for the add-on's forms (SAL). */
public class SalFormTokens implements FormTokens {

    private final XsrfTokenAccessor accessor;
    private final XsrfTokenValidator validator;

    public SalFormTokens(XsrfTokenAccessor accessor, XsrfTokenValidator validator) {
        this.accessor = accessor;
        this.validator = validator;
    }

    @Override
    public String parameterName() {
        return validator.getXsrfParameterName();
    }

    @Override
    public String tokenFor(HttpServletRequest request, HttpServletResponse response) {
        return accessor.getXsrfToken(request, response, true);
    }

    @Override
    public boolean isValid(HttpServletRequest request) {
        return validator.validateFormEncodedToken(request);
    }
}
