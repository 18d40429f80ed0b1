package nl.mijnaansluiting.servicedesk.sandbox;

import nl.mijnaansluiting.servicedesk.escalation.RequestDesk;
import nl.mijnaansluiting.servicedesk.sandbox.request.RequestComment;
import nl.mijnaansluiting.servicedesk.sandbox.store.AoServiceRequests;

import java.time.Clock;
import java.util.Optional;

/**
 * What escalation does to the sandbox's requests, in the same Active Objects database. As in Jira, a
 * fired step's hand-over and note reach the desk only after the firing committed, through
 * DeskActionDelivery; here the desk's writes share the transaction that marks the action applied.
 */
public final class SandboxRequestDesk implements RequestDesk, nl.mijnaansluiting.servicedesk.sla.RequestIndex {

    private final AoServiceRequests requests;
    private final Clock clock;

    public SandboxRequestDesk(AoServiceRequests requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    @Override
    public Optional<Request> request(String requestKey) {
        return requests.summaryAndAssignee(requestKey).map(pair -> new Request(pair[0], pair[1]));
    }

    @Override
    public void reassign(String requestKey, String team, String note, String author) {
        requests.reassign(requestKey, team);
        internalComment(requestKey, note, author);
    }

    /** As in Jira, by whoever acted; without an author ("") when the add-on's user does not exist. */
    @Override
    public void internalComment(String requestKey, String text, String author) {
        requests.comment(requestKey, new RequestComment(author == null ? "" : author, text, clock.instant(), true));
    }

    /** The sandbox's queue and request pages read the clocks from the database itself: there is no index to follow. */
    @Override
    public void reindex(java.util.Collection<String> requestKeys) {
        // Nothing kept apart from the clocks.
    }
}
