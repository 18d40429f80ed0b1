package nl.mijnaansluiting.servicedesk.request;

import java.util.List;

/**
 * Port: the requests raised for a deelnemer, newest first. In Jira a JQL search on JSM's Organizations field with the
 * caller's permissions; in the sandbox its request table.
 */
public interface OrganisationRequests {

    /** At most {@code limit} request keys of {@code organisation}. */
    List<String> requestKeys(Organisation organisation, int limit);
}
