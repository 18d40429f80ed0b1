package nl.mijnaansluiting.servicedesk.workflow;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory;
import com.opensymphony.workflow.loader.AbstractDescriptor;
import com.opensymphony.workflow.loader.ValidatorDescriptor;
import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.access.CallerSource;
import nl.mijnaansluiting.servicedesk.text.Messages;
import nl.mijnaansluiting.servicedesk.web.PageTexts;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The configuration screens of {@link KeyUserOnlyValidator}: which fields hold the deelnemer and the request type. */
public class KeyUserOnlyValidatorFactory implements WorkflowPluginValidatorFactory {

    static final String INPUT = "input-parameters";
    static final String EDIT = "edit-parameters";

    private final CustomFieldManager customFields;
    private final CallerSource callers;
    private final Messages messages;

    public KeyUserOnlyValidatorFactory(CustomFieldManager customFields, CallerSource callers, Messages messages) {
        this.customFields = customFields;
        this.callers = callers;
        this.messages = messages;
    }

    @Override
    public Map<String, ?> getVelocityParams(String resourceName, AbstractDescriptor descriptor) {
        Map<String, Object> params = new HashMap<>();
        params.put("texts", new PageTexts(messages, callers.current().map(Caller::locale).orElse(Messages.DUTCH)));
        Map<?, ?> args = descriptor instanceof ValidatorDescriptor ? ((ValidatorDescriptor) descriptor).getArgs() : Map.of();
        String organisationField = text(args.get(KeyUserOnlyValidator.ORGANISATION_FIELD));
        String requestTypeField = text(args.get(KeyUserOnlyValidator.REQUEST_TYPE_FIELD));
        params.put("organisationFieldId", organisationField);
        params.put("requestTypeFieldId", requestTypeField);
        params.put("requestTypes", text(args.get(KeyUserOnlyValidator.REQUEST_TYPES)));
        if (INPUT.equals(resourceName) || EDIT.equals(resourceName)) {
            params.put("customFields", customFields.getCustomFieldObjects().stream()
                    .sorted(Comparator.comparing(CustomField::getFieldName))
                    .map(f -> Map.of("id", f.getId(), "name", f.getFieldName()))
                    .collect(Collectors.toList()));
        } else {
            params.put("organisationFieldName", nameOf(organisationField));
            params.put("requestTypeFieldName", nameOf(requestTypeField));
        }
        return params;
    }

    private String nameOf(String fieldId) {
        CustomField field = fieldId.isEmpty() ? null : customFields.getCustomFieldObject(fieldId);
        return field == null ? "" : field.getFieldName();
    }

    @Override
    public Map<String, ?> getDescriptorParams(Map<String, Object> formParams) {
        Map<String, String> args = new HashMap<>();
        for (String name : List.of(KeyUserOnlyValidator.ORGANISATION_FIELD, KeyUserOnlyValidator.REQUEST_TYPE_FIELD,
                KeyUserOnlyValidator.REQUEST_TYPES)) {
            args.put(name, PriorityFunctionConfig.text(formParams.get(name)));
        }
        // Normalised so the view and the validator read the same list.
        args.put(KeyUserOnlyValidator.REQUEST_TYPES,
                String.join(",", KeyUserOnlyValidator.split(args.get(KeyUserOnlyValidator.REQUEST_TYPES)).stream()
                        .sorted().collect(Collectors.toList())));
        return args;
    }


    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
