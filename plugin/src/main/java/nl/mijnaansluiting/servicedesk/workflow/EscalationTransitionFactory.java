package nl.mijnaansluiting.servicedesk.workflow;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.plugin.workflow.WorkflowPluginFunctionFactory;
import com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory;
import com.opensymphony.workflow.loader.AbstractDescriptor;
import com.opensymphony.workflow.loader.FunctionDescriptor;
import com.opensymphony.workflow.loader.ValidatorDescriptor;
import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.access.CallerSource;
import nl.mijnaansluiting.servicedesk.text.Messages;
import nl.mijnaansluiting.servicedesk.web.PageTexts;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The configuration screens of the "Escaleren" validator and post-function: the direction, and which
 * custom fields on the transition screen hold the reason (a select list with the policy's reasons) and
 * the explanation.
 */
public class EscalationTransitionFactory implements WorkflowPluginValidatorFactory, WorkflowPluginFunctionFactory {

    private final CustomFieldManager customFields;
    private final CallerSource callers;
    private final Messages messages;

    public EscalationTransitionFactory(CustomFieldManager customFields, CallerSource callers, Messages messages) {
        this.customFields = customFields;
        this.callers = callers;
        this.messages = messages;
    }

    @Override
    public Map<String, ?> getVelocityParams(String resourceName, AbstractDescriptor descriptor) {
        Map<String, Object> params = new HashMap<>();
        params.put("texts", new PageTexts(messages, callers.current().map(Caller::locale).orElse(Messages.DUTCH)));
        Map<?, ?> args = descriptor instanceof ValidatorDescriptor ? ((ValidatorDescriptor) descriptor).getArgs()
                : descriptor instanceof FunctionDescriptor ? ((FunctionDescriptor) descriptor).getArgs() : Map.of();
        String reasonField = PriorityFunctionConfig.text(args.get(EscalationTransition.REASON_FIELD));
        String explanationField = PriorityFunctionConfig.text(args.get(EscalationTransition.EXPLANATION_FIELD));
        params.put("up", EscalationTransition.up(args));
        params.put("reasonFieldId", reasonField);
        params.put("explanationFieldId", explanationField);
        params.put("reasonFieldName", nameOf(reasonField));
        params.put("explanationFieldName", nameOf(explanationField));
        params.put("customFields", customFields.getCustomFieldObjects().stream()
                .sorted(Comparator.comparing(CustomField::getFieldName))
                .map(f -> Map.of("id", f.getId(), "name", f.getFieldName()))
                .collect(Collectors.toList()));
        return params;
    }

    private String nameOf(String fieldId) {
        CustomField field = fieldId.isEmpty() ? null : customFields.getCustomFieldObject(fieldId);
        return field == null ? "" : field.getFieldName();
    }

    @Override
    public Map<String, ?> getDescriptorParams(Map<String, Object> formParams) {
        Map<String, String> args = new HashMap<>();
        args.put(EscalationTransition.DIRECTION, EscalationTransition.DOWN.equals(PriorityFunctionConfig.text(formParams.get(EscalationTransition.DIRECTION)))
                ? EscalationTransition.DOWN : EscalationTransition.UP);
        args.put(EscalationTransition.REASON_FIELD, PriorityFunctionConfig.text(formParams.get(EscalationTransition.REASON_FIELD)));
        args.put(EscalationTransition.EXPLANATION_FIELD, PriorityFunctionConfig.text(formParams.get(EscalationTransition.EXPLANATION_FIELD)));
        return args;
    }

}
