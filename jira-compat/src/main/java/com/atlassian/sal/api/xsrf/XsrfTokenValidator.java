/*
 * Compile-only declaration. Follows the SAL 6 javadoc (docs.atlassian.com/sal-api/), interface
 * com.atlassian.sal.api.xsrf.XsrfTokenValidator.
 */
package com.atlassian.sal.api.xsrf;

import javax.servlet.http.HttpServletRequest;

public interface XsrfTokenValidator {
    boolean validateFormEncodedToken(HttpServletRequest request);

    String getXsrfParameterName();
}
