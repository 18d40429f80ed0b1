package nl.mijnaansluiting.servicedesk.request;

import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.error.ProblemException;

import nl.mijnaansluiting.servicedesk.priority.PrioritySchemes;
import nl.mijnaansluiting.servicedesk.priority.Product;
import nl.mijnaansluiting.servicedesk.priority.Question;
import nl.mijnaansluiting.servicedesk.text.Translated;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the customer portal offers whom: every template to staff; to a deelnemer's people every
 * template except the key-user-only ones, which only key-users of one of their deelnemers see.
 */
public class Portal {

    private final Templates templates;
    private final KeyUsers keyUsers;
    private final PrioritySchemes priorities;

    public Portal(Templates templates, KeyUsers keyUsers, PrioritySchemes priorities) {
        this.templates = templates;
        this.keyUsers = keyUsers;
        this.priorities = priorities;
    }

    /** An incident template asks, after its own fields, the questions of its product's priority scheme. */
    private RequestTemplate withPriorityQuestions(RequestTemplate template) {
        if (template.priorityScheme().isEmpty()) {
            return template;
        }
        Product product = priorities.find(template.priorityScheme().get()).product(template.product().orElseThrow())
                .orElseThrow(() -> new IllegalStateException("template " + template.key() + " names an unknown product"));
        List<TemplateField> questions = new ArrayList<>();
        for (Question question : product.questions()) {
            switch (question.type()) {
                case CHOICE:
                    questions.add(TemplateField.choice(question.key(), question.label(), null, question.required(),
                            question.options().stream().map(o -> new TemplateField.Option(o.key(), o.label()))
                                    .collect(Collectors.toList())));
                    break;
                case YES_NO:
                    questions.add(TemplateField.choice(question.key(), question.label(), null, question.required(), List.of(
                            new TemplateField.Option("ja", Translated.of("Ja", "Yes")),
                            new TemplateField.Option("nee", Translated.of("Nee", "No")))));
                    break;
                default:
                    questions.add(TemplateField.number(question.key(), question.label(), null, question.required()));
            }
        }
        return template.withExtraFields(questions);
    }

    public List<RequestTemplate> templatesFor(Caller caller) {
        return templates.catalogue().all().stream().filter(t -> visibleTo(caller, t)).map(this::withPriorityQuestions)
                .collect(Collectors.toList());
    }

    /** The template if the caller may see it; otherwise it does not exist for them (404, not 403). */
    public RequestTemplate template(Caller caller, String key) {
        return templates.catalogue().find(key).filter(t -> visibleTo(caller, t)).map(this::withPriorityQuestions)
                .orElseThrow(() -> ProblemException.notFound("ma.templates.error.unknown", key));
    }

    /** The template whatever the caller may see (for refusing a submission with the right reason). */
    public RequestTemplate anyTemplate(String key) {
        return templates.catalogue().find(key).map(this::withPriorityQuestions).orElseThrow(() -> ProblemException.notFound("ma.templates.error.unknown", key));
    }

    /** The template as the catalogue has it now, if it still exists (a request outlives a removed template). */
    public java.util.Optional<RequestTemplate> anyTemplateIfExists(String key) {
        return templates.catalogue().find(key);
    }

    private boolean visibleTo(Caller caller, RequestTemplate template) {
        if (!template.keyUsersOnly() || caller.isStaff()) {
            return true;
        }
        return caller.organisations().stream().anyMatch(o -> keyUsers.isKeyUser(o, caller.username()));
    }
}
