package nl.mijnaansluiting.servicedesk.escalation;

import java.util.Optional;

/** Port: what escalation reads of a request and does to it. JSM issues in Jira; the sandbox's requests there. */
public interface RequestDesk {

    /** What a notification needs of a request: its summary and the agent handling it (null if nobody took it). */
    record Request(String summary, String assignee) {
        public Optional<String> assignedTo() {
            return Optional.ofNullable(assignee);
        }
    }

    /** The request, read once per firing; empty when there is no such request. */
    Optional<Request> request(String requestKey);

    /**
     * Functional escalation: the request goes to another team, and an internal comment ({@code note}) says so.
     *
     * @param author the username the note is written by; null for none (the add-on's user does not exist)
     */
    void reassign(String requestKey, String team, String note, String author);

    /**
     * An internal comment, seen by agents only, written by whoever acted.
     *
     * @param author the username of the agent who escalated, or of the add-on's user; null for none
     */
    void internalComment(String requestKey, String text, String author);
}
