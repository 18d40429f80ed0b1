/*
 * Compile-only declaration. Follows the Jira 10.3 javadoc (docs.atlassian.com/software/jira/docs/api/10.3.0/), interface com.atlassian.jira.issue.customfields.option.Options.
 * Only the methods the add-on calls are declared.
 */
package com.atlassian.jira.issue.customfields.option;

import java.util.List;

public interface Options extends List<Option> {
}
