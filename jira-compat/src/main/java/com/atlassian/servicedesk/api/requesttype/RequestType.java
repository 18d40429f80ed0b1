/*
 * Compile-only declaration of com.atlassian.servicedesk.api.requesttype.RequestType, as the JSM 10.3 javadoc gives it:
 * https://docs.atlassian.com/jira-servicedesk/10.3.2/com/atlassian/servicedesk/api/requesttype/RequestType.html
 * (extends Serializable there).
 * Only the members the add-on calls are declared; every one has its row in jira-compat/ledger/jsm.md.
 */
package com.atlassian.servicedesk.api.requesttype;

import java.io.Serializable;

public interface RequestType extends Serializable {
    int getId();

    String getName();

    String getDescription();

    String getHelpText();

    long getIssueTypeId();
}
