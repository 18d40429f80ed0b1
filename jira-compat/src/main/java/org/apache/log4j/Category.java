/*
 * Compile-only declaration of log4j 1.2's org.apache.log4j.Category, as Jira exports it to plugins: only as the
 * superclass of Logger, whose instance JiraThreadLocalUtil#postCall takes. Its rows in jira-compat/ledger/platform.md
 * are `unconfirmed` (whether Jira 10.3 still exports the log4j 1.2 API is not known here).
 */
package org.apache.log4j;

public class Category {
    protected Category(String name) {
    }
}
