/*
 * Compile-only declaration of log4j 1.2's org.apache.log4j.Logger, as Jira exports it to plugins: what
 * JiraThreadLocalUtil#postCall takes. Its rows in jira-compat/ledger/platform.md are `unconfirmed`.
 * Only the members the add-on calls are declared.
 */
package org.apache.log4j;

public class Logger extends Category {
    protected Logger(String name) {
        super(name);
    }

    public static Logger getLogger(Class clazz) {
        return new Logger(clazz.getName());
    }
}
