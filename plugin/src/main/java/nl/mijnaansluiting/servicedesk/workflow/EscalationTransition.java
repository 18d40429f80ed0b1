package nl.mijnaansluiting.servicedesk.workflow;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.fields.CustomField;

import java.util.Map;

/**
 * What the "Escaleren" and "De-escaleren" validator and post-function share: their configuration (the
 * direction and the custom fields on the transition screen holding the reason and the explanation) and
 * reading those fields from the issue.
 */
final class EscalationTransition {

    static final String DIRECTION = "direction";
    static final String UP = "escalate";
    static final String DOWN = "deescalate";
    static final String REASON_FIELD = "reasonFieldId";
    static final String EXPLANATION_FIELD = "explanationFieldId";

    private EscalationTransition() {
    }

    static boolean up(Map<?, ?> args) {
        return !DOWN.equals(PriorityFunctionConfig.text(args.get(DIRECTION)));
    }

    /** The text in a configured field: a select list's option value, or the text itself; empty when unset. */
    static String value(CustomFieldManager customFields, Issue issue, Object fieldId) {
        String id = PriorityFunctionConfig.text(fieldId);
        CustomField field = id.isEmpty() ? null : customFields.getCustomFieldObject(id);
        Object value = field == null ? null : issue.getCustomFieldValue(field);
        if (value instanceof Option) {
            return ((Option) value).getValue();
        }
        return value == null ? "" : value.toString();
    }
}
