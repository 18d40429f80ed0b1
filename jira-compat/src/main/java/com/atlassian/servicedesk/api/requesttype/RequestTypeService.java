/*
 * Compile-only declaration. Follows the JSM 10.3 javadoc (docs.atlassian.com/jira-servicedesk/10.3.2/), interface com.atlassian.servicedesk.api.requesttype.RequestTypeService.
 * Only the methods the add-on calls are declared.
 */
package com.atlassian.servicedesk.api.requesttype;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.servicedesk.api.util.paging.PagedResponse;

public interface RequestTypeService {
    RequestTypeQuery.Builder newQueryBuilder();

    PagedResponse<RequestType> getRequestTypes(ApplicationUser user, RequestTypeQuery requestTypeQuery);

    RequestTypeCreateParameters.Builder newCreateBuilder();

    RequestType createRequestType(ApplicationUser user, RequestTypeCreateParameters requestTypeCreateParameters);

    RequestTypeUpdateParameters.Builder newUpdateBuilder();

    RequestType updateRequestType(ApplicationUser user, RequestTypeUpdateParameters requestTypeUpdateParameters);
}
