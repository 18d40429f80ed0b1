package nl.mijnaansluiting.servicedesk.provisioning;

import java.util.List;
import java.util.Optional;

/**
 * Port: JSM service projects and Jira's custom fields, as far as provisioning changes them. In Jira the
 * JSM and Jira Java APIs; their changes are not transactional, so every method is one change that
 * either happened or not, and provisioning again picks up where a failed run stopped.
 */
public interface ServiceProjects {

    /** The service project with this key; empty when there is none (or it is not a service project). */
    Optional<ServiceProject> find(String projectKey);

    /** Creates the custom field (global context, all issue types) with its options; returns its id. */
    String createField(FieldSpec field);

    /** Sets the field's description (its name and type stay). */
    void describeField(String fieldId, String description);

    /** Adds these options after the field's own. */
    void addOptions(String fieldId, List<String> options);

    /** Creates the request type in the project; returns its id. */
    int createRequestType(String projectKey, RequestTypeSpec requestType, String issueTypeId);

    /** Sets the request type's name, description and help text. */
    void updateRequestType(String projectKey, int requestTypeId, RequestTypeSpec requestType);
}
