/**
 * Raising a request whole: its priority decision and SLA clocks are written in one transaction, and a
 * request found without them (a node that died, a database error halfway) is repaired, when someone views
 * it and by the sweep. Issue 17, point 1.
 */
package nl.mijnaansluiting.servicedesk.intake;
