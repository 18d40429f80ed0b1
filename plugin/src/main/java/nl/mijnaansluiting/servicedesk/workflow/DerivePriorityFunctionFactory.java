package nl.mijnaansluiting.servicedesk.workflow;

import com.atlassian.jira.config.PriorityManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.plugin.workflow.WorkflowPluginFunctionFactory;
import com.opensymphony.workflow.loader.AbstractDescriptor;
import com.opensymphony.workflow.loader.FunctionDescriptor;
import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.access.CallerSource;
import nl.mijnaansluiting.servicedesk.error.ProblemException;
import nl.mijnaansluiting.servicedesk.priority.PriorityScheme;
import nl.mijnaansluiting.servicedesk.priority.PrioritySchemes;
import nl.mijnaansluiting.servicedesk.priority.Product;
import nl.mijnaansluiting.servicedesk.priority.Question;
import nl.mijnaansluiting.servicedesk.text.Messages;
import nl.mijnaansluiting.servicedesk.web.PageTexts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The configuration screens of {@link DerivePriorityFunction}: which scheme, where the product comes
 * from, which custom field answers which question, which Jira priority each level maps to, and
 * "fail on error". The view lists what is missing (a level without a Jira priority, a question
 * without a field, a field or priority that does not exist), so it shows before the first create.
 */
public class DerivePriorityFunctionFactory implements WorkflowPluginFunctionFactory {

    static final String VIEW = "view";

    private final PrioritySchemes schemes;
    private final CustomFieldManager customFields;
    private final PriorityManager priorities;
    private final CallerSource callers;
    private final Messages messages;

    public DerivePriorityFunctionFactory(PrioritySchemes schemes, CustomFieldManager customFields,
                                         PriorityManager priorities, CallerSource callers, Messages messages) {
        this.schemes = schemes;
        this.customFields = customFields;
        this.priorities = priorities;
        this.callers = callers;
        this.messages = messages;
    }

    @Override
    public Map<String, ?> getVelocityParams(String resourceName, AbstractDescriptor descriptor) {
        Locale locale = callers.current().map(Caller::locale).orElse(Messages.DUTCH);
        Map<?, ?> args = descriptor instanceof FunctionDescriptor ? ((FunctionDescriptor) descriptor).getArgs() : Map.of();
        PriorityFunctionConfig config = new PriorityFunctionConfig(args);
        Map<String, Object> params = new HashMap<>();
        params.put("texts", new PageTexts(messages, locale));
        params.put("scheme", config.scheme);
        params.put("product", config.product);
        params.put("productFieldId", config.productField);
        params.put("outageStartFieldId", config.outageStartField);
        params.put("questionFields", PriorityFunctionConfig.format(config.questionFields));
        params.put("levelPriorities", PriorityFunctionConfig.format(config.levelPriorities));
        params.put("failOnError", config.failOnError);
        params.put("problems", problems(config, locale));
        if (VIEW.equals(resourceName)) {
            params.put("schemeName", schemeName(config.scheme, locale));
            params.put("productFieldName", fieldName(config.productField));
            params.put("outageStartFieldName", fieldName(config.outageStartField));
        } else {
            params.put("schemes", schemes.all().stream().map(c -> Map.of("key", c.scheme().key(),
                    "name", c.scheme().name().in(locale))).collect(Collectors.toList()));
            params.put("customFields", customFields.getCustomFieldObjects().stream()
                    .sorted(Comparator.comparing(CustomField::getFieldName))
                    .map(f -> Map.of("id", f.getId(), "name", f.getFieldName())).collect(Collectors.toList()));
            params.put("priorities", priorities.getPriorities().stream()
                    .map(p -> Map.of("id", p.getId(), "name", p.getName())).collect(Collectors.toList()));
        }
        return params;
    }

    @Override
    public Map<String, ?> getDescriptorParams(Map<String, Object> formParams) {
        Map<String, String> args = new HashMap<>();
        for (String name : List.of(PriorityFunctionConfig.SCHEME, PriorityFunctionConfig.PRODUCT,
                PriorityFunctionConfig.PRODUCT_FIELD, PriorityFunctionConfig.OUTAGE_START_FIELD)) {
            args.put(name, PriorityFunctionConfig.text(formParams.get(name)));
        }
        // Normalised to one "a=b" per line, so the view and the function read the same thing.
        args.put(PriorityFunctionConfig.QUESTION_FIELDS, PriorityFunctionConfig.format(PriorityFunctionConfig.pairs(
                PriorityFunctionConfig.text(formParams.get(PriorityFunctionConfig.QUESTION_FIELDS)))));
        args.put(PriorityFunctionConfig.LEVEL_PRIORITIES, PriorityFunctionConfig.format(PriorityFunctionConfig.pairs(
                PriorityFunctionConfig.text(formParams.get(PriorityFunctionConfig.LEVEL_PRIORITIES)))));
        args.put(PriorityFunctionConfig.FAIL_ON_ERROR,
                String.valueOf(!PriorityFunctionConfig.text(formParams.get(PriorityFunctionConfig.FAIL_ON_ERROR)).isEmpty()));
        return args;
    }

    /** Everything that would make the function fail at the first request, in the admin's language. */
    List<String> problems(PriorityFunctionConfig config, Locale locale) {
        List<String> problems = new ArrayList<>();
        PriorityScheme scheme;
        try {
            scheme = schemes.find(config.scheme);
        } catch (ProblemException unknown) {
            problems.add(messages.text(locale, "ma.workflow.priority.problem.scheme", config.scheme));
            return problems;
        }
        Set<String> priorityIds = priorities.getPriorities().stream().map(Priority::getId).collect(Collectors.toSet());
        for (PriorityScheme.Level level : scheme.levels()) {
            String priorityId = config.levelPriorities.get(level.key());
            if (priorityId == null) {
                problems.add(messages.text(locale, "ma.workflow.priority.problem.level-unmapped", level.key(), level.name().in(locale)));
            } else if (!priorityIds.contains(priorityId)) {
                problems.add(messages.text(locale, "ma.workflow.priority.problem.no-such-priority", priorityId, level.key()));
            }
        }
        if (!config.productField.isEmpty() && customFields.getCustomFieldObject(config.productField) == null) {
            problems.add(messages.text(locale, "ma.workflow.priority.problem.no-such-field", config.productField));
        }
        config.questionFields.forEach((question, fieldId) -> {
            if (customFields.getCustomFieldObject(fieldId) == null) {
                problems.add(messages.text(locale, "ma.workflow.priority.problem.no-such-field", fieldId));
            }
        });
        List<Product> products = config.productField.isEmpty()
                ? scheme.product(config.product).map(List::of).orElse(List.of()) : scheme.products();
        if (config.productField.isEmpty() && products.isEmpty()) {
            problems.add(messages.text(locale, "ma.workflow.priority.problem.product", config.product, scheme.key()));
        }
        for (Product product : products) {
            for (Question question : product.questions()) {
                if (question.required() && !config.maps(product.key(), question.key())) {
                    problems.add(messages.text(locale, "ma.workflow.priority.problem.question-unmapped", question.key(),
                            product.key()));
                }
            }
        }
        return problems;
    }

    private String schemeName(String key, Locale locale) {
        try {
            return schemes.find(key).name().in(locale);
        } catch (ProblemException unknown) {
            return key;
        }
    }

    private String fieldName(String fieldId) {
        CustomField field = fieldId.isEmpty() ? null : customFields.getCustomFieldObject(fieldId);
        return field == null ? fieldId : field.getFieldName();
    }
}
