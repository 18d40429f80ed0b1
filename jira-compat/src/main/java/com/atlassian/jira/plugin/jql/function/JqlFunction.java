/*
 * Compile-only declaration of the Jira core interface com.atlassian.jira.plugin.jql.function.JqlFunction, for the Jira 10.3 target.
 * No Jira 10.x javadoc page of this type could be read here, so its signatures are the best older evidence:
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/plugin/jql/function/WatchedIssuesFunction.html and
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/plugin/jql/function/AbstractJqlFunction.html (7.x era;
 * validate takes an ApplicationUser since Jira 7). Implemented by the plugin (the SLA functions): the whole
 * abstract method set. Every row of it in jira-compat/ledger/jira.md is `unconfirmed`.
 */
package com.atlassian.jira.plugin.jql.function;

import com.atlassian.jira.JiraDataType;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;

import java.util.List;

public interface JqlFunction {
    void init(JqlFunctionModuleDescriptor moduleDescriptor);

    MessageSet validate(ApplicationUser searcher, FunctionOperand operand, TerminalClause terminalClause);

    List<QueryLiteral> getValues(QueryCreationContext queryCreationContext, FunctionOperand operand, TerminalClause terminalClause);

    int getMinimumNumberOfExpectedArguments();

    String getFunctionName();

    boolean isList();

    JiraDataType getDataType();
}
