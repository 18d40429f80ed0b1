package nl.mijnaansluiting.servicedesk.sandbox.request;

import nl.mijnaansluiting.servicedesk.request.Organisation;
import nl.mijnaansluiting.servicedesk.request.OrganisationRequests;

import java.util.List;

/** A deelnemer's requests in the sandbox: its request table, where Jira searches JSM's Organizations field. */
public final class SandboxOrganisationRequests implements OrganisationRequests {

    private final ServiceRequests requests;

    public SandboxOrganisationRequests(ServiceRequests requests) {
        this.requests = requests;
    }

    @Override
    public List<String> requestKeys(Organisation organisation, int limit) {
        return requests.keysOf(organisation.key(), limit);
    }
}
