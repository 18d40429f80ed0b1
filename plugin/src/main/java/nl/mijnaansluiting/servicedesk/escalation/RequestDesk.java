package nl.mijnaansluiting.servicedesk.escalation;

import java.util.Optional;

/** Port: what escalation reads of a request and does to it. JSM issues in Jira; the sandbox's requests there. */
public interface RequestDesk {

    /** The request's summary, for the notification; empty when there is no such request. */
    Optional<String> summary(String requestKey);

    /** The agent handling it, if anyone took it. */
    Optional<String> assignee(String requestKey);

    /** Functional escalation: the request goes to another team. */
    void reassign(String requestKey, String team);

    /** An internal comment, seen by agents only. */
    void internalComment(String requestKey, String text);
}
