/**
 * Raising and listing requests on the sandbox's own portal and queue: the part of JSM the sandbox stands in
 * for. In Jira, JSM raises, stores and lists requests (its portal, its issues), so none of this is in the
 * plugin jar; the rules it applies to a template's answers come from the plugin's {@code request} package.
 */
package nl.mijnaansluiting.servicedesk.sandbox.request;
