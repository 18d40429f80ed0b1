/*
 * Compile-only declaration of the Jira core interface com.atlassian.jira.issue.customfields.option.Options, for the Jira 10.3 target.
 * No Jira 10.x javadoc page of this type could be read here, so its signatures are the best older evidence:
 * Checked against https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/issue/customfields/option/OptionsImpl.html
 * (Jira 7.0.8, OptionsImpl extends ArrayList<Option> implements Options).
 * Every row of it in jira-compat/ledger/jira.md is `unconfirmed`: check it against a real Jira 10.3.
 * Only the members the add-on calls are declared.
 */
package com.atlassian.jira.issue.customfields.option;

import java.util.List;

public interface Options extends List<Option> {
}
