package nl.mijnaansluiting.servicedesk.provisioning;

import java.util.List;
import java.util.Map;

/**
 * What a JSM service project holds that provisioning compares with the catalogue: its issue types
 * (by name), its request types and the custom fields of the instance (custom fields are global in Jira).
 */
public record ServiceProject(String key, String name, Map<String, String> issueTypeIdsByName,
                             List<RequestTypeState> requestTypes, List<FieldState> fields) {

    public ServiceProject {
        issueTypeIdsByName = Map.copyOf(issueTypeIdsByName);
        requestTypes = List.copyOf(requestTypes);
        fields = List.copyOf(fields);
    }

    /** A request type as JSM has it. */
    public record RequestTypeState(int id, String name, String description, String helpText, String issueTypeId) {
    }

    /** A custom field as Jira has it; {@code typeKey} is Jira's ("…:select"), options in their order. */
    public record FieldState(String id, String name, String description, String typeKey, List<String> options) {
        public FieldState {
            options = List.copyOf(options);
        }
    }
}
