/*
 * Compile-only declaration of the Jira core class com.atlassian.jira.jql.operand.QueryLiteral, for the Jira 10.3 target.
 * No Jira 10.x javadoc page could be read: https://docs.atlassian.com/jira/4.0/com/atlassian/jira/jql/operand/QueryLiteral.html
 * (the constructors and getters unchanged since 4.0 as far as later pages show). A value: a literal a JQL function gives,
 * a Long (an id) or a String (a key), with the function operand as its source.
 */
package com.atlassian.jira.jql.operand;

import com.atlassian.query.operand.Operand;

public class QueryLiteral {
    private final Operand sourceOperand;
    private final Long longValue;
    private final String stringValue;

    public QueryLiteral(Operand sourceOperand, Long longValue) {
        this.sourceOperand = sourceOperand;
        this.longValue = longValue;
        this.stringValue = null;
    }

    public QueryLiteral(Operand sourceOperand, String stringValue) {
        this.sourceOperand = sourceOperand;
        this.longValue = null;
        this.stringValue = stringValue;
    }

    public Long getLongValue() {
        return longValue;
    }

    public String getStringValue() {
        return stringValue;
    }

    public Operand getSourceOperand() {
        return sourceOperand;
    }
}
