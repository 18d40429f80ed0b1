/*
 * Compile-only declaration of the interface com.atlassian.query.operand.Operand (atlassian-query, shipped with jira-api).
 * https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/query/operand/MultiValueOperand.html implements it.
 * The add-on calls none of its members (a QueryLiteral's source is the function's operand), so none are declared.
 */
package com.atlassian.query.operand;

public interface Operand {
}
