/*
 * Compile-only declaration of com.atlassian.servicedesk.api.ServiceDeskService, as the JSM 10.3 javadoc gives it:
 * https://docs.atlassian.com/jira-servicedesk/10.3.2/com/atlassian/servicedesk/api/ServiceDeskService.html
 * Only the members the add-on calls are declared; every one has its row in jira-compat/ledger/jsm.md.
 */
package com.atlassian.servicedesk.api;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;

public interface ServiceDeskService {
    /** Throws (ServiceDeskServiceException, a runtime exception) when the project is no service desk or is disabled. */
    ServiceDesk getServiceDeskForProject(ApplicationUser user, Project project);
}
