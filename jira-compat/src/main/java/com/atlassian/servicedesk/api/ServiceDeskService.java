/*
 * Compile-only declaration. Follows the JSM 10.3 javadoc (docs.atlassian.com/jira-servicedesk/10.3.2/), interface com.atlassian.servicedesk.api.ServiceDeskService.
 * Only the methods the add-on calls are declared.
 */
package com.atlassian.servicedesk.api;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;

public interface ServiceDeskService {
    /** Throws (ServiceDeskServiceException, a runtime exception) when the project is no service desk or is disabled. */
    ServiceDesk getServiceDeskForProject(ApplicationUser user, Project project);
}
