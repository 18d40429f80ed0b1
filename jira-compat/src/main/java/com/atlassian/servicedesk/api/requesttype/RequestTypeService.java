/*
 * Compile-only declaration of com.atlassian.servicedesk.api.requesttype.RequestTypeService, as the JSM 10.3 javadoc gives it:
 * https://docs.atlassian.com/jira-servicedesk/10.3.2/com/atlassian/servicedesk/api/requesttype/RequestTypeService.html
 * Only the members the add-on calls are declared; every one has its row in jira-compat/ledger/jsm.md.
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
