package nl.mijnaansluiting.servicedesk.sandbox.request;

import com.atlassian.activeobjects.external.ActiveObjects;
import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.error.ProblemException;
import nl.mijnaansluiting.servicedesk.priority.Evaluation;
import nl.mijnaansluiting.servicedesk.priority.PriorityDecisions;
import nl.mijnaansluiting.servicedesk.priority.PriorityScheme;
import nl.mijnaansluiting.servicedesk.priority.PrioritySchemes;
import nl.mijnaansluiting.servicedesk.priority.Product;
import nl.mijnaansluiting.servicedesk.request.Customer;
import nl.mijnaansluiting.servicedesk.request.CustomerDirectory;
import nl.mijnaansluiting.servicedesk.request.KeyUsers;
import nl.mijnaansluiting.servicedesk.request.Organisation;
import nl.mijnaansluiting.servicedesk.request.Portal;
import nl.mijnaansluiting.servicedesk.request.RequestTemplate;
import nl.mijnaansluiting.servicedesk.sla.ClockEvent;
import nl.mijnaansluiting.servicedesk.sla.RequestClocks;
import nl.mijnaansluiting.servicedesk.text.Messages;
import nl.mijnaansluiting.servicedesk.text.Translated;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Raising a request from a template, with the rules enforced on the server: a customer raises for
 * themself and a deelnemer they belong to, an agent for a named customer; key-user-only templates for
 * key-users of that deelnemer only. Who may raise is checked before the answers, and a refused
 * request stores nothing.
 */
public class Intake {

    /** Dates on forms ("not in the past") are Dutch dates. */
    static final ZoneId SERVICE_DESK_ZONE = ZoneId.of("Europe/Amsterdam");

    private final nl.mijnaansluiting.servicedesk.availability.Outages outages;
    private final Portal portal;
    private final KeyUsers keyUsers;
    private final CustomerDirectory directory;
    private final ServiceRequests requests;
    private final PrioritySchemes priorities;
    private final PriorityDecisions decisions;
    private final RequestClocks clocks;
    private final Messages messages;
    private final Clock clock;
    private final ActiveObjects ao;
    private final nl.mijnaansluiting.servicedesk.escalation.StaffDirectory staff;

    /** The service desk's agents, as JSM's agents of the project: who a request can be given to. */
    public static final String AGENTS_GROUP = "ma-servicedesk";

    public Intake(Portal portal, KeyUsers keyUsers, CustomerDirectory directory, ServiceRequests requests,
                  PrioritySchemes priorities, PriorityDecisions decisions, RequestClocks clocks, Messages messages,
                  Clock clock, ActiveObjects ao, nl.mijnaansluiting.servicedesk.escalation.StaffDirectory staff,
                  nl.mijnaansluiting.servicedesk.availability.Outages outages) {
        this.staff = staff;
        this.outages = outages;
        this.ao = ao;
        this.decisions = decisions;
        this.clocks = clocks;
        this.portal = portal;
        this.priorities = priorities;
        this.messages = messages;
        this.keyUsers = keyUsers;
        this.directory = directory;
        this.requests = requests;
        this.clock = clock;
    }

    public ServiceRequest submit(Caller caller, String templateKey, String organisationKey, String onBehalfOf,
                                 Map<String, String> answers) {
        return submit(caller, templateKey, organisationKey, onBehalfOf, answers, List.of());
    }

    /** As {@link #submit(Caller, String, String, String, Map)}, with files for the template's attachment fields. */
    public ServiceRequest submit(Caller caller, String templateKey, String organisationKey, String onBehalfOf,
                                 Map<String, String> answers, List<Upload> uploads) {
        RequestTemplate template = portal.anyTemplate(templateKey);
        String customer = customerOf(caller, onBehalfOf);
        if (organisationKey == null || organisationKey.isBlank()) {
            throw ProblemException.badInput("organisation", "ma.requests.error.organisation-required");
        }
        Organisation organisation = keyUsers.existing(organisationKey);
        if (!directory.isMember(organisation.key(), customer)) {
            throw ProblemException.forbidden("ma.requests.error.not-a-member", customer, organisation.name());
        }
        if (template.keyUsersOnly()) {
            keyUsers.requireKeyUser(customer, organisation.key());
        }
        Submission submission = Submission.check(template, answers, uploads, LocalDate.now(clock.withZone(SERVICE_DESK_ZONE)))
                .requireValid();
        String summary = summaryOf(template, submission.answers());
        ServiceRequest.Priority priority = priorityOf(template, submission.answers());
        // The request, its attachments, its decision and its clocks in one transaction: a request is there whole
        // or not at all, also when the process dies halfway (issue 17).
        return ao.executeInTransaction(() -> {
            ServiceRequest created = requests.create(template.key(), organisation.key(), customer, caller.username(), summary,
                    submission.answers(), priority, clock.instant(), submission.uploads());
            if (priority != null) {
                // The decision agents work with from now on: re-derived when answers change, kept when set by hand.
                decisions.derive(created.key(), template.priorityScheme().get(), template.product().orElseThrow(),
                        priorityAnswers(template, submission.answers()));
            }
            if (priority != null) {
                // A "niet beschikbaar" incident on Productie is an outage from when the deelnemer says it began (seed 001).
                outages.raised(created.key(), template.priorityScheme().get(), template.product().orElseThrow(),
                        priorityAnswers(template, submission.answers()), priority.slaApplies(), created.createdAt(),
                        outageStart(submission.answers()));
            }
            // SLA applies only on Productie (seed 000): only then do the goals' clocks start.
            if (priority != null && priority.slaApplies()) {
                clocks.start(created.key(), template.priorityScheme().orElseThrow(), priority.level(), template.slaKind(),
                        created.createdAt(), ClockEvent.Cause.customer(caller.username()));
            }
            return created;
        });
    }

    /** Longest summary built from a template without a subject: a queue row, not the whole answer. */
    static final int SUMMARY_MAX = 120;

    /**
     * The subject the deelnemer typed; a template without one (an admin's) gets its name and its first text answer,
     * so two requests of one template do not read alike in the queue.
     */
    static String summaryOf(RequestTemplate template, Map<String, String> answers) {
        String subject = answers.get("onderwerp");
        if (subject != null && !subject.isBlank()) {
            return subject.trim();
        }
        String first = template.fields().stream()
                .filter(f -> f.type() == nl.mijnaansluiting.servicedesk.request.TemplateField.Type.TEXT
                        || f.type() == nl.mijnaansluiting.servicedesk.request.TemplateField.Type.TEXTAREA)
                .map(f -> answers.get(f.key())).filter(a -> a != null && !a.isBlank())
                .map(a -> a.strip().replaceAll("\\s+", " ")).findFirst().orElse("");
        String summary = first.isEmpty() ? template.name().dutch() : template.name().dutch() + ": " + first;
        return summary.length() <= SUMMARY_MAX ? summary : summary.substring(0, SUMMARY_MAX - 1) + "\u2026";
    }

    /** The priority from the answers to the scheme's questions, as the same service evaluates it everywhere. */
    private ServiceRequest.Priority priorityOf(RequestTemplate template, Map<String, String> answers) {
        if (template.priorityScheme().isEmpty()) {
            return null;
        }
        PriorityScheme scheme = priorities.find(template.priorityScheme().get());
        Evaluation evaluation = scheme.evaluate(template.product().orElseThrow(), priorityAnswers(template, answers));
        return new ServiceRequest.Priority(evaluation.level(), Translated.of(
                evaluation.explanation(messages, Messages.DUTCH), evaluation.explanation(messages, Messages.ENGLISH)),
                evaluation.slaApplies());
    }

    /** The answers to the priority questions of the template's product, without the template's own fields. */
    private Map<String, String> priorityAnswers(RequestTemplate template, Map<String, String> answers) {
        Product product = priorities.find(template.priorityScheme().orElseThrow()).product(template.product().orElseThrow())
                .orElseThrow();
        Map<String, String> given = new java.util.LinkedHashMap<>();
        product.questions().forEach(q -> {
            if (answers.containsKey(q.key())) {
                given.put(q.key(), answers.get(q.key()));
            }
        });
        return given;
    }

    private String customerOf(Caller caller, String onBehalfOf) {
        boolean forSomeoneElse = onBehalfOf != null && !onBehalfOf.isBlank() && !onBehalfOf.trim().equals(caller.username());
        if (!forSomeoneElse) {
            if (caller.isStaff()) {
                throw ProblemException.badInput("onBehalfOf", "ma.requests.error.customer-required");
            }
            return caller.username();
        }
        if (!caller.isStaff()) {
            throw ProblemException.forbidden("ma.requests.error.only-agents-on-behalf");
        }
        return directory.findByUsernameOrEmail(onBehalfOf.trim()).map(Customer::username)
                .orElseThrow(() -> ProblemException.badInput("onBehalfOf", "ma.keyusers.error.unknown-user", onBehalfOf.trim()));
    }

    /**
     * A request as its reader may see it: customers their own and those a colleague shared with their organisation
     * (a member of it now, not when it was shared), staff every one. Anything else is "not found", as JSM answers.
     */
    public ServiceRequest read(Caller caller, String key) {
        return requests.find(key).filter(r -> mayRead(caller, r))
                .orElseThrow(() -> ProblemException.notFound("ma.requests.error.unknown", key));
    }

    private boolean mayRead(Caller caller, ServiceRequest request) {
        return caller.isStaff() || request.reporter().equals(caller.username())
                || (request.shared() && directory.isMember(request.organisationKey(), caller.username()));
    }

    public List<ServiceRequest> mine(Caller caller) {
        return requests.reportedBy(caller.username());
    }

    /** "Verzoeken van mijn organisatie": what colleagues shared with the caller's organisations. */
    public List<ServiceRequest> sharedWithMe(Caller caller) {
        java.util.Set<String> organisations = new java.util.LinkedHashSet<>();
        caller.organisations().stream().filter(o -> directory.isMember(o, caller.username())).forEach(organisations::add);
        return requests.sharedIn(organisations, caller.username()).stream().filter(r -> mayRead(caller, r))
                .collect(java.util.stream.Collectors.toList());
    }

    /**
     * Shares the request with its organisation, or stops: the reporter only (JSM lets the reporter choose; agents
     * do it in Jira's own issue view). A colleague it was shared with cannot share it further or take it back.
     */
    public ServiceRequest share(Caller caller, String key, boolean shared) {
        ServiceRequest request = read(caller, key);
        if (!request.reporter().equals(caller.username())) {
            throw ProblemException.forbidden("ma.requests.error.share-reporter-only");
        }
        if (request.shared() != shared) {
            requests.share(request.key(), shared);
            requests.record(request.key(), new RequestEvent(clock.instant(), caller.username(),
                    RequestEvent.Kind.SHARED, String.valueOf(shared)));
        }
        return read(caller, key);
    }

    /**
     * Gives the request to an agent ("Toewijzen aan mij" gives it to the caller); null or blank: to nobody.
     * Staff only, and only to staff.
     */
    public ServiceRequest assign(Caller caller, String key, String assignee) {
        if (caller == null || !caller.isStaff()) {
            throw ProblemException.forbidden("ma.error.staff-only");
        }
        ServiceRequest request = read(caller, key);
        String to = assignee == null || assignee.isBlank() ? null : assignee.trim();
        if (to != null && agents().stream().noneMatch(p -> p.username().equals(to))) {
            throw ProblemException.badInput("assignee", "ma.requests.error.not-an-agent", to);
        }
        if (!java.util.Objects.equals(requests.assignee(request.key()).orElse(null), to)) {
            requests.assign(request.key(), to);
            requests.record(request.key(), new RequestEvent(clock.instant(), caller.username(),
                    RequestEvent.Kind.ASSIGNED, to));
        }
        return request;
    }

    /** Who a request can be given to. */
    public List<nl.mijnaansluiting.servicedesk.escalation.StaffDirectory.Person> agents() {
        return staff.members(AGENTS_GROUP);
    }

    /** Who took the request, for staff; empty for customers (JSM's portal does not show it either). */
    public java.util.Optional<String> assignee(Caller caller, String key) {
        ServiceRequest request = read(caller, key);
        return caller.isStaff() ? requests.assignee(request.key()) : java.util.Optional.empty();
    }

    /** The request's own events (status, assignment, sharing, files): for whoever may read it. */
    public List<RequestEvent> events(Caller caller, String key) {
        List<RequestEvent> events = requests.events(read(caller, key).key());
        // Who took it is the desk's business, as on the page.
        return caller.isStaff() ? events : events.stream().filter(e -> e.kind() != RequestEvent.Kind.ASSIGNED)
                .collect(java.util.stream.Collectors.toList());
    }

    /**
     * Files added after sending, by whoever may read the request: the form's limits ({@link Submission#checkAdded}),
     * refused whole with the reasons, nothing stored then. Not on a resolved request (reopen it first).
     */
    public void addFiles(Caller caller, String key, List<Upload> files) {
        ServiceRequest request = read(caller, key);
        if (ServiceRequest.STATUS_RESOLVED.equals(request.status())) {
            throw new ProblemException(nl.mijnaansluiting.servicedesk.error.Problem.CONFLICT, "files",
                    "ma.requests.error.files-resolved", request.key());
        }
        List<nl.mijnaansluiting.servicedesk.error.FieldError> errors = Submission.checkAdded("files", files);
        if (!errors.isEmpty()) {
            nl.mijnaansluiting.servicedesk.error.FieldError first = errors.get(0);
            throw ProblemException.badInput("files", first.messageKey(), first.arguments());
        }
        List<Upload> stored = files.stream().map(f -> new Upload(Submission.ADDED_LATER, f.fileName(), f.contentType(),
                f.content())).collect(java.util.stream.Collectors.toList());
        requests.addAttachments(request.key(), caller.username(), clock.instant(), stored);
    }

    /** The request's files, for whoever may read the request. */
    public List<RequestAttachment> attachments(Caller caller, String key) {
        return requests.attachments(read(caller, key).key());
    }

    /** One file of a request the caller may read; 404 otherwise. */
    public RequestAttachment attachment(Caller caller, String key, long id) {
        return attachments(caller, key).stream().filter(a -> a.id() == id).findFirst()
                .orElseThrow(() -> ProblemException.notFound("ma.requests.error.no-attachment", key));
    }

    public byte[] attachmentContent(Caller caller, String key, long id) {
        RequestAttachment attachment = attachment(caller, key, id);
        return requests.attachmentContent(attachment.requestKey(), attachment.id())
                .orElseThrow(() -> ProblemException.notFound("ma.requests.error.no-attachment", key));
    }

    public List<RequestComment> comments(Caller caller, String key) {
        // Internal notes (escalations) are for agents only.
        return requests.comments(read(caller, key).key()).stream().filter(c -> caller.isStaff() || !c.internal())
                .collect(java.util.stream.Collectors.toList());
    }

    public void comment(Caller caller, String key, String body) {
        comment(caller, key, body, false);
    }

    /**
     * A reply to the customer, or with {@code internal} an internal note: agents only, never shown to deelnemers or
     * key-users, and no answer to the customer, so it does not stop the reaction goal (as in JSM).
     */
    public void comment(Caller caller, String key, String body, boolean internal) {
        ServiceRequest request = read(caller, key);
        if (internal && !caller.isStaff()) {
            throw ProblemException.forbidden("ma.requests.error.internal-staff-only");
        }
        String text = body == null ? "" : body.trim();
        if (text.isEmpty()) {
            throw ProblemException.badInput("body", "ma.form.error.required");
        }
        if (text.length() > RequestComment.MAX_LENGTH) {
            throw ProblemException.badInput("body", "ma.form.error.too-long", RequestComment.MAX_LENGTH);
        }
        requests.comment(request.key(), new RequestComment(caller.username(), text, clock.instant(), internal));
        if (internal) {
            return;
        }
        if (caller.isStaff() && !caller.username().equals(request.reporter())) {
            // An agent's answer is the first response the reaction goal waits for.
            clocks.reacted(request.key(), clock.instant(), ClockEvent.Cause.agent(caller.username()));
        } else if (ServiceRequest.STATUS_WAITING.equals(request.status())) {
            // The customer answered: back to the agent, and the clocks count again (as JSM does).
            requests.changeStatus(request.key(), ServiceRequest.STATUS_IN_PROGRESS);
            clocks.resumed(request.key(), clock.instant(), ClockEvent.Cause.customer(caller.username()));
        }
    }

    /**
     * An agent's action on a request (take, wait, resume, resolve, reopen): its status changes and its
     * SLA clocks follow. An action that does not fit the current status is refused and changes nothing.
     */
    public ServiceRequest act(Caller caller, String key, String actionKey) {
        if (caller == null || !caller.isStaff()) {
            throw ProblemException.forbidden("ma.error.staff-only");
        }
        ServiceRequest request = read(caller, key);
        RequestAction action = RequestAction.byKey(actionKey == null ? "" : actionKey.trim())
                .orElseThrow(() -> ProblemException.badInput("action", "ma.requests.error.unknown-action", actionKey));
        if (!action.allowedFrom(request.status())) {
            throw new ProblemException(nl.mijnaansluiting.servicedesk.error.Problem.CONFLICT, "action",
                    "ma.requests.error.action-not-allowed", actionKey, request.status());
        }
        requests.changeStatus(key, action.to());
        java.time.Instant at = clock.instant();
        requests.record(key, new RequestEvent(at, caller.username(), RequestEvent.Kind.STATUS, action.to()));
        // The sandbox's actions stand in for JSM's transitions.
        ClockEvent.Cause by = ClockEvent.Cause.transition(caller.username(), action.key());
        switch (action) {
            case TAKE:
                if (!caller.username().equals(requests.assignee(key).orElse(null))) {
                    requests.assign(key, caller.username());
                    requests.record(key, new RequestEvent(at, caller.username(), RequestEvent.Kind.ASSIGNED, caller.username()));
                }
                clocks.reacted(key, at, by);
                break;
            case WAIT:
                clocks.waitingForCustomer(key, at, by);
                break;
            case RESUME:
                clocks.resumed(key, at, by);
                break;
            case RESOLVE:
                clocks.resolved(key, schemeOf(request), decisions.of(key).map(d -> d.level())
                        .orElse(request.priority().map(ServiceRequest.Priority::level).orElse(null)), at, by);
                outages.resolved(key, at);
                break;
            case REOPEN:
                clocks.reopened(key, at, by);
                outages.reopened(key);
                break;
            default:
                throw new IllegalStateException("unhandled action " + action);
        }
        return read(caller, key);
    }

    /** The stated start of the outage, a local date-time in the service desk's zone (checked by the form), or null. */
    private static java.time.Instant outageStart(Map<String, String> answers) {
        String value = answers.get(nl.mijnaansluiting.servicedesk.request.TemplateCatalogue.OUTAGE_START);
        return value == null || value.isBlank() ? null
                : java.time.LocalDateTime.parse(value).atZone(SERVICE_DESK_ZONE).toInstant();
    }

    private String schemeOf(ServiceRequest request) {
        return portal.anyTemplateIfExists(request.templateKey()).flatMap(RequestTemplate::priorityScheme).orElse("");
    }
}
