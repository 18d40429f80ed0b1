package nl.mijnaansluiting.servicedesk.workflow;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.servicedesk.api.organization.CustomerOrganization;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.Validator;
import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.access.CallerSource;
import nl.mijnaansluiting.servicedesk.error.ProblemException;
import nl.mijnaansluiting.servicedesk.request.KeyUsers;
import nl.mijnaansluiting.servicedesk.text.Messages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Workflow validator "Alleen key-users van de deelnemer" for the Create transition: a request of one
 * of the configured request types is only created when its reporter (the customer it is raised for,
 * also when an agent raises it on their behalf) is key-user of every deelnemer chosen on it. It fails
 * closed: a missing field configuration refuses the request rather than letting it through.
 */
public class KeyUserOnlyValidator implements Validator {

    public static final String ORGANISATION_FIELD = "organisationFieldId";
    public static final String REQUEST_TYPE_FIELD = "requestTypeFieldId";
    /** Comma-separated request type values (as JSM stores them, e.g. "ma/dsp-opdrachten-annuleren"). */
    public static final String REQUEST_TYPES = "requestTypes";

    private final KeyUsers keyUsers;
    private final CustomFieldManager customFields;
    private final CallerSource callers;
    private final Messages messages;

    public KeyUserOnlyValidator(KeyUsers keyUsers, CustomFieldManager customFields, CallerSource callers,
                                Messages messages) {
        this.keyUsers = keyUsers;
        this.customFields = customFields;
        this.callers = callers;
        this.messages = messages;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void validate(Map transientVars, Map args, PropertySet ps) throws InvalidInputException {
        Issue issue = (Issue) transientVars.get("issue");
        if (!applies(issue, args)) {
            return;
        }
        CustomField organisationField = customFields.getCustomFieldObject(text(args.get(ORGANISATION_FIELD)));
        if (issue.getReporter() == null || organisationField == null) {
            throw refusal("ma.workflow.keyuser.error.misconfigured");
        }
        List<String> organisations = organisationKeys(issue.getCustomFieldValue(organisationField));
        if (organisations.isEmpty()) {
            throw refusal("ma.requests.error.organisation-required");
        }
        for (String organisation : organisations) {
            try {
                keyUsers.requireKeyUser(issue.getReporter().getUsername(), organisation);
            } catch (ProblemException problem) {
                throw refusal(problem.messageKey(), problem.arguments());
            }
        }
    }

    /** Only for the configured request types; with none configured, for every request on this transition. */
    private boolean applies(Issue issue, Map<?, ?> args) {
        Set<String> requestTypes = split(text(args.get(REQUEST_TYPES)));
        if (requestTypes.isEmpty()) {
            return true;
        }
        CustomField requestTypeField = customFields.getCustomFieldObject(text(args.get(REQUEST_TYPE_FIELD)));
        if (requestTypeField == null) {
            return true;
        }
        Object requestType = issue.getCustomFieldValue(requestTypeField);
        return requestType != null && requestTypes.contains(requestType.toString());
    }

    static Set<String> split(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static List<String> organisationKeys(Object value) {
        List<String> keys = new ArrayList<>();
        if (value instanceof Collection) {
            for (Object item : (Collection<?>) value) {
                if (item instanceof CustomerOrganization) {
                    keys.add(String.valueOf(((CustomerOrganization) item).getId()));
                }
            }
        }
        return keys;
    }

    private InvalidInputException refusal(String key, Object... arguments) {
        Locale locale = callers.current().map(Caller::locale).orElse(Messages.DUTCH);
        return new InvalidInputException(messages.text(locale, key, arguments));
    }
}
