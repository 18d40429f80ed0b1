package nl.mijnaansluiting.servicedesk.access;

/** The parts people play at the service desk. A person can play several. */
public enum Role {
    /** A deelnemer's employee who raises requests in the customer portal. */
    CUSTOMER,
    /** Works the queues. */
    AGENT,
    /** Receives hierarchical escalations; also an agent. */
    SERVICE_MANAGER,
    /** Configures schemes, goals, calendars, key-users and escalation policies. */
    ADMIN;

    /** Staff are the licensed users of Jira: everyone but portal-only customers. */
    public boolean isStaff() {
        return this != CUSTOMER;
    }
}
