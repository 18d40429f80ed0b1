package nl.mijnaansluiting.servicedesk.provisioning;

import nl.mijnaansluiting.servicedesk.text.Messages;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What installing the catalogue in a project would do: the changes in the order they are made (fields
 * before the request types that use them), what is left for an admin to do by hand in JSM (the API
 * cannot put fields on a request type's form or in a portal group), and the problems that stop it.
 * An empty {@link #changes()} means the project already matches the catalogue.
 */
public record ProvisioningPlan(String projectKey, String projectName, List<Change> changes, List<Step> manualSteps,
                               List<Problem> problems, Map<String, Integer> requestTypeIds) {

    public ProvisioningPlan {
        changes = List.copyOf(changes);
        manualSteps = List.copyOf(manualSteps);
        problems = List.copyOf(problems);
        requestTypeIds = Map.copyOf(requestTypeIds);
    }

    /**
     * A sentence to show: an i18n key and its arguments. An argument may itself be a Step (a translated
     * word, such as a system field's name) or a list of texts and Steps, said joined by commas.
     */
    public record Step(String messageKey, List<Object> arguments) {
        public Step {
            arguments = List.copyOf(arguments);
        }

        public static Step of(String messageKey, Object... arguments) {
            return new Step(messageKey, List.of(arguments));
        }

        public String text(Messages messages, Locale locale) {
            return messages.text(locale, messageKey, arguments.stream().map(a -> said(a, messages, locale)).toArray());
        }

        private static Object said(Object argument, Messages messages, Locale locale) {
            if (argument instanceof Step step) {
                return step.text(messages, locale);
            }
            if (argument instanceof List<?> list) {
                return list.stream().map(a -> String.valueOf(said(a, messages, locale))).collect(Collectors.joining(", "));
            }
            return argument;
        }
    }

    /** Why the plan cannot be carried out, on the input or catalogue field it is about. */
    public record Problem(String field, Step reason) {
    }

    /** One change to the project. */
    public sealed interface Change permits CreateField, DescribeField, AddOptions, CreateRequestType, UpdateRequestType,
            RestrictToKeyUsers {
        Step step();
    }

    /** A question of the templates the instance has no custom field for yet: the field is created (a select list with its answers). */
    public record CreateField(FieldSpec field) implements Change {
        public Step step() {
            return field.options().isEmpty()
                    ? Step.of("ma.provisioning.change.create-field", field.name(),
                            Step.of("ma.provisioning.field-kind." + field.kind().name().toLowerCase(java.util.Locale.ROOT)))
                    : Step.of("ma.provisioning.change.create-select-field", field.name(), String.join(", ", field.options()));
        }
    }

    /** An existing custom field for a question whose help text (its description in Jira) differs from the template's: updated. */
    public record DescribeField(String fieldId, FieldSpec field) implements Change {
        public Step step() {
            return Step.of("ma.provisioning.change.describe-field", field.name(), fieldId);
        }
    }

    /** A select list that lacks answers a template offers: the missing answers are added, none removed. */
    public record AddOptions(String fieldId, String fieldName, List<String> options) implements Change {
        public AddOptions {
            options = List.copyOf(options);
        }

        public Step step() {
            return Step.of("ma.provisioning.change.add-options", fieldName, fieldId, String.join(", ", options));
        }
    }

    /** A template the project has no request type for yet: one is created with the given issue type (Incident or Service Request). */
    public record CreateRequestType(RequestTypeSpec requestType, String issueTypeId, String issueTypeName) implements Change {
        public Step step() {
            return Step.of("ma.provisioning.change.create-request-type", requestType.name(), issueTypeName);
        }
    }

    /**
     * A request type that stands for a template but whose name, description or help text no longer matches it
     * (an admin renamed the template): updated in place, so the portal shows what the template says.
     *
     * @param changed which of name, description and helpText differ
     */
    public record UpdateRequestType(int requestTypeId, String currentName, RequestTypeSpec requestType, List<String> changed)
            implements Change {
        public UpdateRequestType {
            changed = List.copyOf(changed);
        }

        public Step step() {
            return Step.of("ma.provisioning.change.update-request-type", currentName, String.valueOf(requestTypeId),
                    changed.stream().map(p -> Step.of("ma.provisioning.property." + p)).collect(Collectors.toList()));
        }
    }

    /** A key-user-only request type ("Opdrachten annuleren") shown in the portal only to the deelnemers' key-user groups. */
    public record RestrictToKeyUsers(String templateKey, String requestTypeName, Set<String> groups) implements Change {
        public RestrictToKeyUsers {
            groups = Set.copyOf(groups);
        }

        public Step step() {
            return Step.of("ma.provisioning.change.restrict", requestTypeName, String.join(", ", new java.util.TreeSet<>(groups)));
        }
    }
}
