package nl.mijnaansluiting.servicedesk.provisioning;

import nl.mijnaansluiting.servicedesk.request.TemplateCatalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.audit.AuditEvent;
import nl.mijnaansluiting.servicedesk.audit.AuditLog;
import nl.mijnaansluiting.servicedesk.error.FieldError;
import nl.mijnaansluiting.servicedesk.error.ProblemException;
import nl.mijnaansluiting.servicedesk.provisioning.ProvisioningPlan.AddOptions;
import nl.mijnaansluiting.servicedesk.provisioning.ProvisioningPlan.Change;
import nl.mijnaansluiting.servicedesk.provisioning.ProvisioningPlan.CreateField;
import nl.mijnaansluiting.servicedesk.provisioning.ProvisioningPlan.CreateRequestType;
import nl.mijnaansluiting.servicedesk.provisioning.ProvisioningPlan.DescribeField;
import nl.mijnaansluiting.servicedesk.provisioning.ProvisioningPlan.Problem;
import nl.mijnaansluiting.servicedesk.provisioning.ProvisioningPlan.RestrictToKeyUsers;
import nl.mijnaansluiting.servicedesk.provisioning.ProvisioningPlan.Step;
import nl.mijnaansluiting.servicedesk.provisioning.ProvisioningPlan.UpdateRequestType;
import nl.mijnaansluiting.servicedesk.provisioning.ServiceProject.FieldState;
import nl.mijnaansluiting.servicedesk.provisioning.ServiceProject.RequestTypeState;
import nl.mijnaansluiting.servicedesk.request.KeyUserRequestTypes;
import nl.mijnaansluiting.servicedesk.request.Portal;
import nl.mijnaansluiting.servicedesk.request.RequestTemplate;
import nl.mijnaansluiting.servicedesk.request.Templates;
import nl.mijnaansluiting.servicedesk.sla.SlaSettingsStore;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * "Templates installeren in project …": puts the catalogue's request types and the custom fields they
 * ask into a JSM project. {@link #plan} is the dry run; {@link #install} carries the same plan out and
 * stores which request type stands for which template, so renaming a template later renames its
 * request type instead of adding one. Running it again on a project that matches changes nothing.
 * JSM's API changes are not transactional: a run that fails halfway reports what it did, and the next
 * run does only what is still missing.
 */
public class TemplateProvisioning {

    /** Settings kind of the stored links: per project, template key to request type id. */
    public static final String LINKS = "provisioning";
    public static final String AUDIT_SUBJECT = "provisioning";
    public static final String DEFAULT_INCIDENT_ISSUE_TYPE = "Incident";
    public static final String DEFAULT_SERVICE_REQUEST_ISSUE_TYPE = "Service Request";

    private static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,19}");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Where to install, and which of the project's issue types incidents and service requests become. */
    public record Target(String projectKey, String incidentIssueType, String serviceRequestIssueType) {
        public static Target of(String projectKey, String incidentIssueType, String serviceRequestIssueType) {
            return new Target(projectKey == null ? "" : projectKey.trim().toUpperCase(Locale.ROOT),
                    blankOr(incidentIssueType, DEFAULT_INCIDENT_ISSUE_TYPE),
                    blankOr(serviceRequestIssueType, DEFAULT_SERVICE_REQUEST_ISSUE_TYPE));
        }

        private static String blankOr(String given, String otherwise) {
            return given == null || given.isBlank() ? otherwise : given.trim();
        }
    }

    /**
     * What an install did: the changes made, the one that failed (with why) if it stopped, and which
     * request type now stands for which template.
     */
    public record Report(ProvisioningPlan plan, List<Change> applied, Change failed, String failure,
                         Map<String, Integer> requestTypeIds) {
        public Report {
            applied = List.copyOf(applied);
            requestTypeIds = Map.copyOf(requestTypeIds);
        }

        public boolean complete() {
            return failed == null;
        }
    }

    private final Portal portal;
    private final Templates templates;
    private final ServiceProjects projects;
    private final SlaSettingsStore settings;
    private final KeyUserRequestTypes keyUserRequestTypes;
    private final AuditLog auditLog;
    private final Clock clock;

    public TemplateProvisioning(Portal portal, Templates templates, ServiceProjects projects, SlaSettingsStore settings,
                                KeyUserRequestTypes keyUserRequestTypes, AuditLog auditLog, Clock clock) {
        this.portal = portal;
        this.templates = templates;
        this.projects = projects;
        this.settings = settings;
        this.keyUserRequestTypes = keyUserRequestTypes;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The dry run: what {@link #install} would change, changing nothing. */
    public ProvisioningPlan plan(Caller admin, Target target) {
        requireAdmin(admin);
        return planFor(admin, target);
    }

    /**
     * Installs the catalogue. Refused whole, before any change, when the plan has problems (a missing
     * issue type, a field name taken by another type of field). One install at a time on this node, so a
     * double click cannot create every request type twice.
     */
    public synchronized Report install(Caller admin, Target target) {
        requireAdmin(admin);
        ProvisioningPlan plan = planFor(admin, target);
        if (!plan.problems().isEmpty()) {
            throw ProblemException.invalidForm(plan.problems().stream()
                    .map(p -> new FieldError(p.field(), p.reason().messageKey(), p.reason().arguments().toArray()))
                    .collect(Collectors.toList()));
        }
        Map<String, Integer> links = new LinkedHashMap<>(plan.requestTypeIds());
        saveLinks(admin, plan.projectKey(), links);
        List<Change> applied = new ArrayList<>();
        Change failed = null;
        String failure = null;
        for (Change change : plan.changes()) {
            try {
                apply(admin, plan.projectKey(), change, links);
                applied.add(change);
            } catch (RuntimeException e) {
                failed = change;
                failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                break;
            }
        }
        auditLog.record(new AuditEvent(clock.instant(), admin.username(), AUDIT_SUBJECT, plan.projectKey(),
                failed == null ? "templates.installed" : "templates.install-failed",
                applied.size() + "/" + plan.changes().size() + (failure == null ? "" : ": " + failure)));
        return new Report(plan, applied, failed, failure, links);
    }

    private void apply(Caller admin, String projectKey, Change change, Map<String, Integer> links) {
        if (change instanceof CreateField create) {
            projects.createField(create.field());
        } else if (change instanceof DescribeField describe) {
            projects.describeField(describe.fieldId(), describe.field().description());
        } else if (change instanceof AddOptions add) {
            projects.addOptions(add.fieldId(), add.options());
        } else if (change instanceof CreateRequestType create) {
            int id = projects.createRequestType(projectKey, create.requestType(), create.issueTypeId());
            links.put(create.requestType().templateKey(), id);
            saveLinks(admin, projectKey, links);
        } else if (change instanceof UpdateRequestType update) {
            projects.updateRequestType(projectKey, update.requestTypeId(), update.requestType());
        } else if (change instanceof RestrictToKeyUsers restrict) {
            Integer id = links.get(restrict.templateKey());
            if (id == null) {
                throw new IllegalStateException("no request type for " + restrict.templateKey());
            }
            keyUserRequestTypes.restrictToKeyUsers(admin, id);
        }
    }

    private ProvisioningPlan planFor(Caller admin, Target target) {
        if (!PROJECT_KEY.matcher(target.projectKey()).matches()) {
            throw ProblemException.badInput("project", "ma.provisioning.error.project-key", target.projectKey());
        }
        ServiceProject project = projects.find(target.projectKey())
                .orElseThrow(() -> ProblemException.notFound("ma.provisioning.error.no-project", target.projectKey()));
        List<RequestTemplate> forms = templates.catalogue().all().stream().map(t -> portal.anyTemplate(t.key()))
                .collect(Collectors.toList());
        TemplateLayout layout = TemplateLayout.of(forms);

        List<Change> changes = new ArrayList<>();
        List<Step> manual = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        planFields(project, layout, changes, problems);

        Map<String, Integer> links = readLinks(project.key());
        Map<String, Integer> matched = new LinkedHashMap<>();
        Set<Integer> claimed = new HashSet<>();
        for (RequestTypeSpec spec : layout.requestTypes()) {
            String issueTypeName = spec.group() == RequestTemplate.Group.INCIDENT ? target.incidentIssueType()
                    : target.serviceRequestIssueType();
            String issueTypeField = spec.group() == RequestTemplate.Group.INCIDENT ? "incidentIssueType" : "serviceRequestIssueType";
            Optional<String> issueTypeId = issueTypeId(project, issueTypeName);
            if (issueTypeId.isEmpty()) {
                Problem missing = new Problem(issueTypeField, Step.of("ma.provisioning.error.issue-type", issueTypeName, project.key()));
                if (!problems.contains(missing)) {
                    problems.add(missing);
                }
            }
            Optional<RequestTypeState> existing = existing(project, spec, links, claimed);
            existing.ifPresent(e -> {
                claimed.add(e.id());
                matched.put(spec.templateKey(), e.id());
            });
            if (existing.isEmpty()) {
                changes.add(new CreateRequestType(spec, issueTypeId.orElse(null), issueTypeName));
            } else {
                RequestTypeState state = existing.get();
                List<String> changed = new ArrayList<>();
                if (!same(state.name(), spec.name())) {
                    changed.add("name");
                }
                if (!same(state.description(), spec.description())) {
                    changed.add("description");
                }
                if (!same(state.helpText(), spec.helpText())) {
                    changed.add("helpText");
                }
                if (!changed.isEmpty()) {
                    changes.add(new UpdateRequestType(state.id(), state.name(), spec, changed));
                }
                if (issueTypeId.isPresent() && !issueTypeId.get().equals(state.issueTypeId())) {
                    manual.add(Step.of("ma.provisioning.manual.issue-type", state.name(), issueTypeName));
                }
            }
            if (spec.keyUsersOnly()) {
                planKeyUserRestriction(admin, spec, existing, changes, manual);
            }
            manual.add(Step.of("ma.provisioning.manual.form", spec.name(), formFields(spec)));
            manual.add(Step.of("ma.provisioning.manual.group." + spec.group().name(), spec.name()));
        }
        manual.addAll(postFunctionSettings(forms, layout, project));
        // Seed 000: "De gebruiker kan zelf een account registreren door op de link 'Aanmelden' te klikken": JSM's own
        // setting, which its API does not set; a new customer belongs to no deelnemer until staff adds one.
        manual.add(Step.of("ma.provisioning.manual.sign-up", project.name()));
        return new ProvisioningPlan(project.key(), project.name(), changes, manual, problems, matched);
    }

    /**
     * What to fill in on the post-function "Prioriteit bepalen uit antwoorden" per priority scheme: each
     * question with the field that holds its answer, per product ("LIP:situatie=…") where products have a
     * field of their own. Field ids exist only once the fields do, so before that it says to look again.
     */
    private List<Step> postFunctionSettings(List<RequestTemplate> forms, TemplateLayout layout, ServiceProject project) {
        Map<String, Map<String, Map<String, RequestTypeSpec.FormField>>> byScheme = new LinkedHashMap<>();
        for (RequestTemplate form : forms) {
            if (form.priorityScheme().isEmpty() || form.product().isEmpty()) {
                continue;
            }
            Set<String> own = templates.catalogue().find(form.key()).map(t -> t.fields().stream().map(f -> f.key())
                    .collect(Collectors.toSet())).orElse(Set.of());
            RequestTypeSpec spec = layout.requestTypes().stream().filter(r -> r.templateKey().equals(form.key())).findFirst()
                    .orElseThrow();
            Map<String, RequestTypeSpec.FormField> questions = new LinkedHashMap<>();
            spec.fields().stream().filter(f -> !f.system() && !own.contains(f.key())).forEach(f -> questions.put(f.key(), f));
            byScheme.computeIfAbsent(form.priorityScheme().get(), k -> new LinkedHashMap<>()).put(form.product().get(), questions);
        }
        Map<String, FieldSpec> specsByName = layout.fields().stream()
                .collect(Collectors.toMap(FieldSpec::name, f -> f, (a, b) -> a));
        List<Step> steps = new ArrayList<>();
        byScheme.forEach((scheme, products) -> {
            List<Object> lines = new ArrayList<>();
            boolean allThere = true;
            Map<String, Set<String>> namesPerQuestion = new LinkedHashMap<>();
            products.values().forEach(q -> q.forEach((key, f) -> namesPerQuestion.computeIfAbsent(key, k -> new HashSet<>())
                    .add(f.field())));
            Set<String> written = new HashSet<>();
            for (Map.Entry<String, Map<String, RequestTypeSpec.FormField>> product : products.entrySet()) {
                for (Map.Entry<String, RequestTypeSpec.FormField> question : product.getValue().entrySet()) {
                    boolean shared = namesPerQuestion.get(question.getKey()).size() == 1;
                    String left = shared ? question.getKey() : product.getKey() + ":" + question.getKey();
                    if (!written.add(left)) {
                        continue;
                    }
                    Optional<FieldState> field = existingField(project, specsByName.get(question.getValue().field()));
                    allThere &= field.isPresent();
                    lines.add(left + "=" + field.map(FieldState::id).orElse("?"));
                }
            }
            steps.add(allThere ? Step.of("ma.provisioning.manual.post-function", scheme, lines)
                    : Step.of("ma.provisioning.manual.post-function-later", scheme));
            // Seed 001: the outage counts from the start the deelnemer states; the post-function reads it from this field.
            forms.stream().filter(f -> scheme.equals(f.priorityScheme().orElse(null)))
                    .flatMap(f -> layout.requestTypes().stream().filter(r -> r.templateKey().equals(f.key())))
                    .flatMap(r -> r.fields().stream()).filter(f -> TemplateCatalogue.OUTAGE_START.equals(f.key())).findFirst()
                    .flatMap(f -> existingField(project, specsByName.get(f.field())))
                    .ifPresent(field -> steps.add(Step.of("ma.provisioning.manual.outage-start-field", scheme, field.id())));
        });
        return steps;
    }

    private void planFields(ServiceProject project, TemplateLayout layout, List<Change> changes, List<Problem> problems) {
        for (FieldSpec spec : layout.fields()) {
            Optional<FieldState> existing = existingField(project, spec);
            List<FieldState> named = project.fields().stream().filter(f -> same(f.name(), spec.name())).collect(Collectors.toList());
            if (existing.isEmpty() && !named.isEmpty()) {
                problems.add(new Problem("fields", Step.of("ma.provisioning.error.field-type", spec.name(), named.get(0).id(),
                        named.get(0).typeKey(), spec.kind().typeKey())));
                continue;
            }
            if (existing.isEmpty()) {
                changes.add(new CreateField(spec));
                continue;
            }
            FieldState field = existing.get();
            if (!Objects.equals(nullToEmpty(field.description()), spec.description())) {
                changes.add(new DescribeField(field.id(), spec));
            }
            List<String> missing = spec.options().stream().filter(o -> !field.options().contains(o)).collect(Collectors.toList());
            if (!missing.isEmpty()) {
                changes.add(new AddOptions(field.id(), field.name(), missing));
            }
        }
    }

    /** The field that serves a spec: the same name (any case) and the same type. */
    private static Optional<FieldState> existingField(ServiceProject project, FieldSpec spec) {
        return project.fields().stream().filter(f -> same(f.name(), spec.name()) && spec.kind().typeKey().equals(f.typeKey()))
                .findFirst();
    }

    private void planKeyUserRestriction(Caller admin, RequestTypeSpec spec, Optional<RequestTypeState> existing,
                                        List<Change> changes, List<Step> manual) {
        if (keyUserRequestTypes == null) {
            manual.add(Step.of("ma.provisioning.manual.restrict", spec.name()));
            return;
        }
        Set<String> groups;
        try {
            groups = keyUserRequestTypes.keyUserGroups();
        } catch (ProblemException noConvention) {
            manual.add(Step.of("ma.provisioning.manual.convention", spec.name()));
            return;
        }
        if (existing.isEmpty() || !keyUserRequestTypes.allowedGroups(admin, existing.get().id()).equals(groups)) {
            changes.add(new RestrictToKeyUsers(spec.templateKey(), spec.name(), groups));
        }
    }

    /** The stored link first (the template may have been renamed), then a request type of the same name. */
    private static Optional<RequestTypeState> existing(ServiceProject project, RequestTypeSpec spec, Map<String, Integer> links,
                                                       Set<Integer> claimed) {
        Integer linked = links.get(spec.templateKey());
        if (linked != null) {
            Optional<RequestTypeState> byLink = project.requestTypes().stream()
                    .filter(r -> r.id() == linked && !claimed.contains(r.id())).findFirst();
            if (byLink.isPresent()) {
                return byLink;
            }
        }
        return project.requestTypes().stream().filter(r -> !claimed.contains(r.id()) && !links.containsValue(r.id()))
                .filter(r -> same(r.name(), spec.name())).findFirst();
    }

    private static Optional<String> issueTypeId(ServiceProject project, String name) {
        return project.issueTypeIdsByName().entrySet().stream().filter(e -> same(e.getKey(), name)).map(Map.Entry::getValue)
                .findFirst();
    }

    /** The form's fields in order: a system field by its translated name with the question, "*" when required. */
    private static List<Object> formFields(RequestTypeSpec spec) {
        return spec.fields().stream().<Object>map(f -> f.system()
                ? Step.of("ma.provisioning.field." + f.field(), f.label(), f.required() ? " *" : "")
                : f.field() + (f.required() ? " *" : "")).collect(Collectors.toList());
    }

    private Map<String, Integer> readLinks(String projectKey) {
        String json = settings.all(LINKS).get(projectKey);
        if (json == null) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Integer>>() { });
        } catch (JsonProcessingException e) {
            // Only this class writes it; unreadable means damaged, and matching by name still works.
            return Map.of();
        }
    }

    private void saveLinks(Caller admin, String projectKey, Map<String, Integer> links) {
        if (links.equals(readLinks(projectKey))) {
            return;
        }
        try {
            settings.save(LINKS, projectKey, JSON.writeValueAsString(links), admin.username(), clock.instant());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean same(String a, String b) {
        return nullToEmpty(a).trim().equalsIgnoreCase(nullToEmpty(b).trim());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static void requireAdmin(Caller caller) {
        if (caller == null || !caller.isAdmin()) {
            throw ProblemException.forbidden("ma.error.admin-only");
        }
    }
}
