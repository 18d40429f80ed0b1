package nl.mijnaansluiting.servicedesk.sandbox;

import nl.mijnaansluiting.servicedesk.escalation.EscalationEntry;
import nl.mijnaansluiting.servicedesk.escalation.EscalationLevel;
import nl.mijnaansluiting.servicedesk.escalation.EscalationPolicy;
import nl.mijnaansluiting.servicedesk.escalation.EscalationStep;
import nl.mijnaansluiting.servicedesk.escalation.Escalations;
import nl.mijnaansluiting.servicedesk.sandbox.store.AoServiceRequests;

import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.access.CallerSource;
import nl.mijnaansluiting.servicedesk.error.FieldError;
import nl.mijnaansluiting.servicedesk.error.ProblemException;
import nl.mijnaansluiting.servicedesk.sandbox.request.Intake;
import nl.mijnaansluiting.servicedesk.sandbox.request.RequestAction;
import nl.mijnaansluiting.servicedesk.sandbox.request.RequestAttachment;
import nl.mijnaansluiting.servicedesk.sla.ClockView;
import nl.mijnaansluiting.servicedesk.sla.RequestClocks;
import nl.mijnaansluiting.servicedesk.sla.SlaClock;
import nl.mijnaansluiting.servicedesk.priority.PriorityDecision;
import nl.mijnaansluiting.servicedesk.priority.PriorityDecisions;
import nl.mijnaansluiting.servicedesk.request.Organisation;
import nl.mijnaansluiting.servicedesk.request.Portal;
import nl.mijnaansluiting.servicedesk.sandbox.request.RequestComment;
import nl.mijnaansluiting.servicedesk.request.RequestTemplate;
import nl.mijnaansluiting.servicedesk.sandbox.request.ServiceRequest;
import nl.mijnaansluiting.servicedesk.sandbox.request.Upload;
import nl.mijnaansluiting.servicedesk.request.TemplateField;
import nl.mijnaansluiting.servicedesk.sla.SlaPreview;
import nl.mijnaansluiting.servicedesk.web.FormTokens;
import nl.mijnaansluiting.servicedesk.web.PageRenderer;
import nl.mijnaansluiting.servicedesk.text.Formats;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The sandbox's customer portal and agent queue (JSM's own pages in Jira), drawn with the plugin's
 * templates: /portal, /portal/create/{template}, /portal/requests, /portal/requests/{key}, /queue.
 * Forms post with the session's XSRF token and go through the same {@link Intake} as REST.
 */
final class PortalServlet extends HttpServlet {

    private final CallerSource callers;
    private final Portal portal;
    private final Intake intake;
    private final DemoDirectory directory;
    private final FormTokens tokens;
    private final PageRenderer pages;
    private final SlaPreview sla;
    private final PriorityDecisions decisions;
    private final RequestClocks clocks;
    private final Escalations escalations;
    private final AoServiceRequests requests;
    private final nl.mijnaansluiting.servicedesk.sandbox.request.AgentQueue queue;

    PortalServlet(CallerSource callers, Portal portal, Intake intake, DemoDirectory directory, FormTokens tokens,
                  PageRenderer pages, SlaPreview sla, PriorityDecisions decisions, RequestClocks clocks,
                  Escalations escalations, AoServiceRequests requests,
                  nl.mijnaansluiting.servicedesk.sandbox.request.AgentQueue queue) {
        this.queue = queue;
        this.escalations = escalations;
        this.requests = requests;
        this.sla = sla;
        this.clocks = clocks;
        this.decisions = decisions;
        this.callers = callers;
        this.portal = portal;
        this.intake = intake;
        this.directory = directory;
        this.tokens = tokens;
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Caller> signedIn = signedIn(request, response);
        if (signedIn.isEmpty()) {
            return;
        }
        Caller caller = signedIn.get();
        String path = path(request);
        try {
            if (path.equals("/queue")) {
                queue(request, response, caller);
            } else if (path.equals("/portal") || path.equals("/portal/")) {
                home(request, response, caller);
            } else if (path.startsWith("/portal/create/")) {
                RequestTemplate template = portal.template(caller, path.substring("/portal/create/".length()));
                form(request, response, caller, template, 200, Map.of(), List.of(), null);
            } else if (path.equals("/portal/requests")) {
                list(response, caller, intake.mine(caller), "ma.portal.my-requests");
            } else if (path.equals("/portal/shared")) {
                list(response, caller, intake.sharedWithMe(caller), "ma.portal.shared-requests");
            } else if (path.startsWith("/portal/requests/") && path.contains("/attachments/")) {
                download(response, caller, path);
            } else if (path.startsWith("/portal/requests/")) {
                detail(request, response, caller, path.substring("/portal/requests/".length()), 200, Shown.NOTHING);
            } else {
                throw ProblemException.notFound("ma.error.no-such-resource");
            }
        } catch (ProblemException problem) {
            refused(response, caller, problem);
        }
    }

    /** AUI's lozenge per status, as JSM colours them: new, in progress (blue), waiting (yellow), done (green). */
    private static final Map<String, String> STATUS_LOZENGES = Map.of("open", "aui-lozenge-new",
            "in-progress", "aui-lozenge-current", "waiting", "aui-lozenge-moved", "resolved", "aui-lozenge-success");

    /** Content types a browser may show inline without risk; anything else is sent as plain bytes. */
    private static final java.util.Set<String> SAFE_TYPES = java.util.Set.of("image/png", "image/jpeg", "image/gif",
            "application/pdf", "text/plain");

    /** /portal/requests/{key}/attachments/{id}: always as a download, for whoever may read the request. */
    private void download(HttpServletResponse response, Caller caller, String path) throws IOException {
        String rest = path.substring("/portal/requests/".length());
        String key = rest.substring(0, rest.indexOf('/'));
        long id;
        try {
            id = Long.parseLong(rest.substring(rest.lastIndexOf('/') + 1));
        } catch (NumberFormatException e) {
            throw ProblemException.notFound("ma.requests.error.no-attachment", key);
        }
        RequestAttachment attachment = intake.attachment(caller, key, id);
        byte[] content = intake.attachmentContent(caller, key, id);
        response.setStatus(200);
        response.setContentType(SAFE_TYPES.contains(attachment.contentType()) ? attachment.contentType() : "application/octet-stream");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(attachment.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }

    /** The files of the form's attachment fields; an empty file input sends a nameless empty part, which is no file. */
    private static List<Upload> uploads(HttpServletRequest request) throws IOException {
        List<Upload> uploads = new ArrayList<>();
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            return uploads;
        }
        try {
            for (javax.servlet.http.Part part : request.getParts()) {
                String name = part.getSubmittedFileName();
                if (part.getName().startsWith("attachment.") && name != null && !(name.isEmpty() && part.getSize() == 0)) {
                    try (java.io.InputStream content = part.getInputStream()) {
                        uploads.add(new Upload(part.getName().substring("attachment.".length()),
                                name, part.getContentType(), content.readAllBytes()));
                    }
                }
            }
        } catch (javax.servlet.ServletException | IllegalStateException e) {
            // Larger than the container takes at all: refused like a file too large, nothing stored.
            throw ProblemException.badInput(null, "ma.form.error.upload-too-large",
                    TemplateField.ATTACHMENT_MAX_BYTES / (1024 * 1024));
        }
        return uploads;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Caller> signedIn = signedIn(request, response);
        if (signedIn.isEmpty()) {
            return;
        }
        Caller caller = signedIn.get();
        String path = path(request);
        if (!tokens.isValid(request)) {
            refused(response, caller, ProblemException.forbidden("ma.error.xsrf"));
            return;
        }
        if (path.startsWith("/portal/create/")) {
            RequestTemplate template;
            try {
                template = portal.template(caller, path.substring("/portal/create/".length()));
            } catch (ProblemException problem) {
                refused(response, caller, problem);
                return;
            }
            Map<String, String> answers = new LinkedHashMap<>();
            for (TemplateField field : template.fields()) {
                String value = request.getParameter("answer." + field.key());
                if (value != null) {
                    answers.put(field.key(), value);
                }
            }
            try {
                ServiceRequest created = intake.submit(caller, template.key(), request.getParameter("organisation"),
                        request.getParameter("onBehalfOf"), answers, uploads(request));
                // The request's page then says it was received, with its key, as JSM's portal does.
                response.sendRedirect("/portal/requests/" + URLEncoder.encode(created.key(), StandardCharsets.UTF_8) + "?created");
            } catch (ProblemException problem) {
                List<FieldError> errors = problem.fieldErrors().isEmpty() && problem.field() != null
                        ? List.of(new FieldError(problem.field(), problem.messageKey(), problem.arguments()))
                        : problem.fieldErrors();
                form(request, response, caller, template, problem.problem().httpStatus(), answers, errors,
                        errors.isEmpty() ? problem : null);
            }
        } else if (path.startsWith("/portal/requests/") && path.endsWith("/action")) {
            String key = path.substring("/portal/requests/".length(), path.length() - "/action".length());
            try {
                intake.act(caller, key, request.getParameter("action"));
                response.sendRedirect("/portal/requests/" + URLEncoder.encode(key, StandardCharsets.UTF_8));
            } catch (ProblemException problem) {
                refused(response, caller, problem);
            }
        } else if (path.startsWith("/portal/requests/") && (path.endsWith("/escalate") || path.endsWith("/deescalate"))) {
            boolean up = path.endsWith("/escalate");
            String key = path.substring("/portal/requests/".length(), path.lastIndexOf('/'));
            try {
                intake.read(caller, key);
                if (up) {
                    escalations.escalate(caller, key, request.getParameter("reason"), request.getParameter("explanation"));
                } else {
                    escalations.deescalate(caller, key, request.getParameter("explanation"));
                }
                response.sendRedirect("/portal/requests/" + URLEncoder.encode(key, StandardCharsets.UTF_8) + "#escalation");
            } catch (ProblemException problem) {
                try {
                    detail(request, response, caller, key, problem.problem().httpStatus(), Shown.at("escalation", problem));
                } catch (ProblemException notYours) {
                    refused(response, caller, notYours);
                }
            }
        } else if (path.startsWith("/portal/requests/") && path.endsWith("/priority")) {
            String key = path.substring("/portal/requests/".length(), path.length() - "/priority".length());
            try {
                intake.read(caller, key);
                if ("derive".equals(request.getParameter("action"))) {
                    decisions.letAnswersDecide(caller, key);
                } else {
                    decisions.setByHand(caller, key, request.getParameter("priority"), request.getParameter("reason"));
                }
                response.sendRedirect("/portal/requests/" + URLEncoder.encode(key, StandardCharsets.UTF_8) + "#priority");
            } catch (ProblemException problem) {
                try {
                    detail(request, response, caller, key, problem.problem().httpStatus(), Shown.at("priority", problem));
                } catch (ProblemException notYours) {
                    refused(response, caller, notYours);
                }
            }
        } else if (path.startsWith("/portal/requests/") && (path.endsWith("/assign") || path.endsWith("/share")
                || path.endsWith("/files"))) {
            String what = path.substring(path.lastIndexOf('/') + 1);
            String key = path.substring("/portal/requests/".length(), path.lastIndexOf('/'));
            try {
                if (what.equals("assign")) {
                    intake.assign(caller, key, "me".equals(request.getParameter("action")) ? caller.username()
                            : request.getParameter("assignee"));
                } else if (what.equals("share")) {
                    intake.share(caller, key, "true".equals(request.getParameter("shared")));
                } else {
                    intake.addFiles(caller, key, uploads(request));
                }
                response.sendRedirect("/portal/requests/" + URLEncoder.encode(key, StandardCharsets.UTF_8) + "#" + what);
            } catch (ProblemException problem) {
                try {
                    detail(request, response, caller, key, problem.problem().httpStatus(), Shown.at(what, problem));
                } catch (ProblemException notYours) {
                    refused(response, caller, notYours);
                }
            }
        } else if (path.startsWith("/portal/requests/")) {
            String key = path.substring("/portal/requests/".length());
            String body = request.getParameter("body");
            try {
                intake.comment(caller, key, body, "internal".equals(request.getParameter("visibility")));
                response.sendRedirect("/portal/requests/" + URLEncoder.encode(key, StandardCharsets.UTF_8) + "#comments");
            } catch (ProblemException problem) {
                try {
                    detail(request, response, caller, key, problem.problem().httpStatus(),
                            new Shown(body, Map.of("comment", problem)));
                } catch (ProblemException notYours) {
                    refused(response, caller, notYours);
                }
            }
        } else {
            refused(response, caller, ProblemException.notFound("ma.error.no-such-resource"));
        }
    }

    private Optional<Caller> signedIn(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Caller> caller = callers.current();
        if (caller.isEmpty()) {
            String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
            response.sendRedirect(pages.chrome().loginUrl(path(request) + query));
        }
        return caller;
    }

    private static String path(HttpServletRequest request) {
        return request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    }

    private String text(Caller caller, String key, Object... arguments) {
        return pages.messages().text(caller.locale(), key, arguments);
    }

    /** A 404 says what was not found ("Er is geen verzoek MA-99."); anything else is "Geen toegang". */
    private void refused(HttpServletResponse response, Caller caller, ProblemException problem) throws IOException {
        int status = problem.problem().httpStatus();
        if (status == HttpServletResponse.SC_NOT_FOUND) {
            pages.write(response, status, "templates/not-found.vm", caller,
                    Map.of("message", text(caller, problem.messageKey(), problem.arguments())));
        } else {
            pages.write(response, status, "templates/forbidden.vm", caller, Map.of());
        }
    }

    /** AUI's icon per shipped request type, as a help center shows one; a type an admin added gets its group's. */
    private static final Map<String, String> TYPE_ICONS = Map.of("storing-rapportages", "graph-bar",
            "beveiligingsincident", "lock", "informatievraag", "question-circle", "wijzigingsverzoek", "edit",
            "dsp-opdrachten-annuleren", "cross-circle");

    private static String icon(RequestTemplate template) {
        return TYPE_ICONS.getOrDefault(template.key(), template.group() == RequestTemplate.Group.INCIDENT ? "warning" : "info-circle");
    }

    /**
     * The help center: the request types per group, each with an icon and its one line, and a search (?q=) that
     * filters by name and description in the reader's language on the server, so it works without script.
     */
    private void home(HttpServletRequest request, HttpServletResponse response, Caller caller) throws IOException {
        Locale locale = caller.locale();
        String query = request.getParameter("q") == null ? "" : request.getParameter("q").strip();
        if (query.length() > 100) {
            query = query.substring(0, 100);
        }
        String needle = query.toLowerCase(locale);
        List<Map<String, Object>> groups = new ArrayList<>();
        int found = 0;
        for (RequestTemplate.Group group : RequestTemplate.Group.values()) {
            List<Map<String, Object>> templates = portal.templatesFor(caller).stream()
                    .filter(t -> t.group() == group)
                    .filter(t -> needle.isEmpty() || t.name().in(locale).toLowerCase(locale).contains(needle)
                            || t.description().in(locale).toLowerCase(locale).contains(needle))
                    .map(t -> Map.<String, Object>of("key", t.key(), "name", t.name().in(locale),
                            "description", t.description().in(locale), "icon", icon(t)))
                    .collect(Collectors.toList());
            found += templates.size();
            String groupKey = group.name().toLowerCase(Locale.ROOT).replace('_', '-');
            if (!templates.isEmpty()) {
                groups.add(Map.of("key", groupKey, "name", text(caller, "ma.portal.group." + groupKey), "templates", templates));
            }
        }
        // Signed up themselves ("Aanmelden", seed 000): no deelnemer yet, so nothing to raise a request for until staff adds one.
        boolean waiting = !caller.isStaff() && caller.organisations().isEmpty();
        Map<String, Object> values = new HashMap<>();
        values.put("groups", waiting ? List.of() : groups);
        values.put("noOrganisation", waiting);
        values.put("query", query);
        values.put("searchResult", waiting || query.isEmpty() ? "" : found == 0 ? text(caller, "ma.portal.search.none", query)
                : text(caller, "ma.portal.search.found", pages.formats(caller).number(found, 0), query));
        pages.write(response, 200, "sandbox/templates/portal/portal.vm", caller, values);
    }

    private void form(HttpServletRequest request, HttpServletResponse response, Caller caller, RequestTemplate template,
                      int status, Map<String, String> answers, List<FieldError> errors, ProblemException formProblem)
            throws IOException {
        Locale locale = caller.locale();
        Map<String, String> errorTexts = new HashMap<>();
        for (FieldError error : errors) {
            errorTexts.putIfAbsent(error.field(), text(caller, error.messageKey(), error.arguments()));
        }
        List<Map<String, Object>> fields = new ArrayList<>();
        for (TemplateField field : template.fields()) {
            String value = answers.getOrDefault(field.key(), "");
            Map<String, Object> row = new HashMap<>();
            row.put("key", field.key());
            row.put("type", field.type().name());
            row.put("required", field.required());
            row.put("label", field.label().in(locale));
            row.put("help", field.help().map(h -> h.in(locale)).orElse(""));
            row.put("value", value);
            row.put("error", errorTexts.getOrDefault(field.key(), ""));
            row.put("options", field.options().stream().map(o -> Map.<String, Object>of("key", o.key(),
                    "label", o.label().in(locale), "selected", o.key().equals(value))).collect(Collectors.toList()));
            fields.add(row);
        }
        String chosen = request.getParameter("organisation");
        List<Organisation> organisations = caller.isStaff() ? directory.organisations()
                : directory.organisations().stream().filter(o -> caller.belongsTo(o.key())).collect(Collectors.toList());
        List<Map<String, Object>> organisationRows = organisations.stream()
                .map(o -> Map.<String, Object>of("key", o.key(), "name", o.name(), "selected", o.key().equals(chosen)))
                .collect(Collectors.toList());
        Map<String, Object> values = new HashMap<>();
        values.put("templateName", template.name().in(locale));
        values.put("templateDescription", template.description().in(locale));
        values.put("fields", fields);
        values.put("organisations", organisationRows);
        values.put("organisationError", errorTexts.getOrDefault("organisation", ""));
        values.put("onBehalfOfField", caller.isStaff());
        values.put("onBehalfOf", request.getParameter("onBehalfOf") == null ? "" : request.getParameter("onBehalfOf"));
        values.put("onBehalfOfError", errorTexts.getOrDefault("onBehalfOf", ""));
        values.put("formError", formProblem == null ? (errors.isEmpty() ? "" : text(caller, "ma.form.error.invalid"))
                : text(caller, formProblem.messageKey(), formProblem.arguments()));
        values.put("tokenName", tokens.parameterName());
        values.put("token", tokens.tokenFor(request, response));
        values.put("action", "/portal/create/" + template.key());
        pages.write(response, status, "sandbox/templates/portal/form.vm", caller, values);
    }

    /** The SLA goals of a request that has a priority on Productie, earliest due first; none otherwise. */
    private List<SlaPreview.Due> goals(ServiceRequest request) {
        Optional<RequestTemplate> template = template(request);
        if (request.priority().isEmpty() || !request.priority().get().slaApplies() || template.isEmpty()
                || template.get().priorityScheme().isEmpty()) {
            return List.of();
        }
        return sla.preview(template.get().priorityScheme().get(), request.priority().get().level(), request.createdAt(),
                        template.get().slaKind())
                .stream().sorted(java.util.Comparator.comparing(SlaPreview.Due::dueAt)).collect(Collectors.toList());
    }

    /** The stored clocks of a request as the agent's panel shows them, with the goal's example label. */
    private List<Map<String, Object>> clockRows(Caller caller, ServiceRequest request) {
        Map<String, Boolean> examples = new HashMap<>();
        goals(request).forEach(due -> examples.put(due.goal().metric(), due.goal().isExample()));
        List<Map<String, Object>> rows = new ClockView(clocks, pages.messages()).rows(request.key(), pages.formats(caller),
                java.time.Instant.now());
        rows.forEach(row -> row.put("example", examples.getOrDefault((String) row.get("metricKey"), false)));
        return rows;
    }

    /** When the request next needs an agent: the earliest due moment of its running clocks. */
    private Optional<java.time.Instant> firstDue(ServiceRequest request) {
        return clocks.of(request.key()).stream().map(c -> c.clock())
                .filter(c -> c.state() == SlaClock.State.RUNNING).map(c -> c.dueAt().orElse(null))
                .filter(java.util.Objects::nonNull).min(java.util.Comparator.naturalOrder());
    }

    /** /queue: the agents' queue, one page of 50, filtered, sorted and paged in the database ({@code AgentQueue}). */
    private void queue(HttpServletRequest request, HttpServletResponse response, Caller caller) throws IOException {
        nl.mijnaansluiting.servicedesk.sandbox.request.QueueFilter filter;
        String error = "";
        try {
            filter = queue.filter(request::getParameter);
        } catch (ProblemException wrong) {
            // A wrong parameter (a hand-edited link): say which, and show the open requests instead.
            filter = nl.mijnaansluiting.servicedesk.sandbox.request.QueueFilter.open();
            error = text(caller, wrong.messageKey(), wrong.arguments());
        }
        nl.mijnaansluiting.servicedesk.sandbox.request.AgentQueue.Page page = queue.page(caller, filter, caller.locale());
        Map<String, Object> values = new QueueView(pages.messages(), directory, portal, escalations, queue.schemes())
                .page(page, caller.locale());
        values.put("error", error);
        pages.write(response, error.isEmpty() ? 200 : 400, "sandbox/templates/portal/queue.vm", caller, values);
    }

    private void list(HttpServletResponse response, Caller caller, List<ServiceRequest> requests, String titleKey)
            throws IOException {
        // The queue shows what is due first on top; requests without an SLA goal come last.
        List<ServiceRequest> ordered = new ArrayList<>(requests);
        if ("ma.portal.queue".equals(titleKey)) {
            ordered.sort(java.util.Comparator.comparing((ServiceRequest r) -> firstDue(r).orElse(java.time.Instant.MAX)));
        }
        // One query for the priorities of the whole list (a level set by hand wins), not one per row.
        Map<String, PriorityDecision> decided = decisions.of(ordered.stream().map(ServiceRequest::key)
                .collect(Collectors.toList()));
        List<Map<String, Object>> rows = ordered.stream().map(r -> row(caller, r, Optional.ofNullable(decided.get(r.key()))))
                .collect(Collectors.toList());
        if (caller.isStaff()) {
            // One query for the levels of the whole list, not one per row.
            Map<String, EscalationLevel> levels = escalations.levels(caller, ordered.stream().map(ServiceRequest::key)
                    .collect(Collectors.toList()));
            rows.forEach(row -> {
                EscalationLevel level = levels.get((String) row.get("key"));
                row.put("escalation", level == null || level.level() == 0 ? "" : levelName(caller, (String) row.get("key"), level));
            });
        }
        pages.write(response, 200, "sandbox/templates/portal/requests.vm", caller,
                Map.of("requests", rows, "title", text(caller, titleKey), "staff", caller.isStaff(),
                        "list", "ma.portal.shared-requests".equals(titleKey) ? "shared" : "mine"));
    }

    /**
     * A request as a list and its own page show it. {@code decision}: its priority decision, which is what is in
     * force (a level an agent set by hand wins over the one the answers gave at intake).
     */
    private Map<String, Object> row(Caller caller, ServiceRequest request, Optional<PriorityDecision> decision) {
        Formats formats = pages.formats(caller);
        Map<String, Object> row = new HashMap<>();
        row.put("key", request.key());
        row.put("summary", request.summary());
        row.put("template", template(request).map(t -> t.name().in(caller.locale())).orElse(request.templateKey()));
        row.put("organisation", directory.organisation(request.organisationKey()).map(Organisation::name)
                .orElse(request.organisationKey()));
        row.put("reporter", directory.find(request.reporter()).map(DemoDirectory.Person::displayName).orElse(request.reporter()));
        row.put("status", text(caller, "ma.portal.status." + request.status()));
        row.put("statusLozenge", STATUS_LOZENGES.getOrDefault(request.status(), ""));
        row.put("created", formats.dateTime(request.createdAt()));
        row.put("priority", decision.map(PriorityDecision::level)
                .orElse(request.priority().map(ServiceRequest.Priority::level).orElse("")));
        row.put("priorityExplanation", decision.map(d -> priorityExplanation(caller, d))
                .orElse(request.priority().map(p -> p.explanation().in(caller.locale())).orElse("")));
        row.put("due", firstDue(request).map(formats::dateTime).orElse(""));
        return row;
    }

    /** Why the request has its priority: the answers' rule, or that the service desk set it by hand. */
    private String priorityExplanation(Caller caller, PriorityDecision decision) {
        if (decision.override().isEmpty()) {
            return decision.explanation().in(caller.locale());
        }
        return text(caller, "ma.portal.priority.set-by-desk", levelLabel(caller, decision, decision.level()),
                levelLabel(caller, decision, decision.derivedLevel()));
    }

    /** "Middel (M)": the level's name in the scheme the decision came from, the letter alone if it is gone. */
    private String levelLabel(Caller caller, PriorityDecision decision, String level) {
        try {
            return decisions.levels(decision).stream().filter(l -> l.key().equals(level)).findFirst()
                    .map(l -> l.name().in(caller.locale()) + " (" + level + ")").orElse(level);
        } catch (ProblemException schemeGone) {
            return level;
        }
    }

    private String levelName(Caller caller, String key, EscalationLevel level) {
        return escalations.schemeOf(key).flatMap(escalations::policy).map(p -> p.level(level.level()).in(caller.locale()))
                .orElse(String.valueOf(level.level()));
    }

    /** The request's template, if an admin has not removed it since. */
    private Optional<RequestTemplate> template(ServiceRequest request) {
        try {
            return Optional.of(portal.anyTemplate(request.templateKey()));
        } catch (ProblemException removed) {
            return Optional.empty();
        }
    }

    /** The agent's view of the escalation: level, team, the log, and the Escaleren / De-escaleren forms. */
    private Map<String, Object> escalationView(Caller caller, String key, HttpServletRequest request, ProblemException problem) {
        Escalations.View view = escalations.view(caller, key);
        Map<String, Object> values = new HashMap<>();
        EscalationPolicy policy = view.policy();
        values.put("available", policy != null);
        values.put("level", policy == null ? "" : policy.level(view.current().level()).in(caller.locale()));
        values.put("levelNumber", view.current().level());
        values.put("top", policy != null && view.current().level() >= policy.topLevel());
        // A level the policy raised has the goal it is about as its reason ("reaction"): shown by the goal's name.
        values.put("reason", view.current().reason().flatMap(r -> policy == null ? Optional.empty() : policy.reason(r))
                .map(r -> r.name().in(caller.locale()))
                .orElse(view.current().reason().map(r -> {
                    String goal = text(caller, "ma.sla.metric." + r);
                    return goal.equals("ma.sla.metric." + r) ? r : goal;
                }).orElse("")));
        values.put("team", requests.team(key).orElse(""));
        values.put("assignee", requests.assignee(key).flatMap(directory::find).map(DemoDirectory.Person::displayName).orElse(""));
        String chosen = problem == null ? view.suggestedReason() : request.getParameter("reason");
        List<Map<String, Object>> reasons = new ArrayList<>();
        if (policy != null) {
            policy.reasons().forEach(r -> reasons.add(Map.of("key", r.key(), "name", r.name().in(caller.locale()),
                    "meaning", r.meaning().in(caller.locale()), "selected", r.key().equals(chosen))));
        }
        values.put("reasons", reasons);
        List<Map<String, Object>> log = new ArrayList<>();
        for (EscalationEntry entry : view.log()) {
            String metric = entry.metric().map(m -> text(caller, "ma.sla.metric." + m)).orElse("");
            String what = text(caller, "ma.escalation.kind." + entry.kind().name(), metric, entry.sharePercent(),
                    directory.displayName(entry.actor()));
            String why = entry.reason().flatMap(r -> policy == null ? Optional.empty() : policy.reason(r))
                    .map(r -> r.name().in(caller.locale()) + ": ").orElse("") + explanation(policy, entry, caller.locale());
            log.add(Map.of("at", pages.formats(caller).dateTime(entry.at()), "what", what, "why", why,
                    "level", policy == null ? String.valueOf(entry.levelAfter()) : policy.level(entry.levelAfter()).in(caller.locale()),
                    "to", entry.notified().stream().map(directory::displayName).collect(Collectors.joining(", ")),
                    "team", entry.reassignedTo().orElse("")));
        }
        values.put("log", log);
        values.put("error", problem == null ? "" : problem.fieldErrorsOr(null).stream()
                .map(e -> text(caller, e.messageKey(), e.arguments())).collect(Collectors.joining(" ")));
        String explanation = request.getParameter("explanation");
        values.put("explanation", problem == null || explanation == null ? "" : explanation);
        return values;
    }

    /**
     * What a log line says happened and why, in the reader's language: a policy step's note as the policy says it in
     * that language (the log keeps the Dutch), an agent's own words as typed.
     */
    private static String explanation(EscalationPolicy policy, EscalationEntry entry, Locale locale) {
        String stored = entry.explanation().orElse("");
        boolean policysOwn = entry.kind() == EscalationEntry.Kind.STEP || entry.kind() == EscalationEntry.Kind.REMINDER;
        if (policy == null || stored.isEmpty() || !policysOwn) {
            return stored;
        }
        return policy.steps().stream().map(EscalationStep::comment).flatMap(Optional::stream)
                .filter(note -> note.dutch().equals(stored)).findFirst().map(note -> note.in(locale)).orElse(stored);
    }

    /** The agent's view of the priority decision, with the levels to choose from when setting it by hand. */
    private Map<String, Object> decisionView(Caller caller, PriorityDecision decision, HttpServletRequest request,
                                             ProblemException problem) {
        Map<String, Object> view = new HashMap<>();
        view.put("priority", decision.level());
        view.put("derivedPriority", decision.derivedLevel());
        view.put("explanation", decision.explanation().in(caller.locale()));
        view.put("mismatch", decision.mismatch());
        view.put("byHand", decision.override().map(o -> text(caller, "ma.workflow.priority.panel.by-hand",
                directory.displayName(o.by()), o.reason()))
                .orElse(""));
        view.put("levels", decisions.levels(decision).stream().map(l -> Map.of("key", l.key(), "name", l.name().in(caller.locale()),
                "selected", l.key().equals(decision.level()))).collect(Collectors.toList()));
        view.put("error", problem == null ? "" : text(caller, problem.messageKey(), problem.arguments()));
        String reason = request.getParameter("reason");
        view.put("reason", problem == null || reason == null ? "" : reason);
        return view;
    }

    /** An answer as the deelnemer chose it: a choice's label in the reader's language, a date as a date. */
    private String answerText(Caller caller, Optional<TemplateField> field, String value) {
        if (field.isEmpty() || value == null) {
            return value == null ? "" : value;
        }
        if (field.get().type() == TemplateField.Type.CHOICE) {
            return field.get().option(value).map(o -> o.label().in(caller.locale())).orElse(value);
        }
        if (field.get().type() == TemplateField.Type.DATETIME) {
            try {
                return pages.formats(caller).dateTime(java.time.LocalDateTime.parse(value)
                        .atZone(java.time.ZoneId.of("Europe/Amsterdam")).toInstant());
            } catch (java.time.format.DateTimeParseException notAMoment) {
                return value;
            }
        }
        if (field.get().type() == TemplateField.Type.DATE) {
            try {
                return pages.formats(caller).date(java.time.LocalDate.parse(value));
            } catch (java.time.format.DateTimeParseException notADate) {
                return value;
            }
        }
        return value;
    }

    /** What a refused form left to show again: the comment as typed, and the refusal at the form it came from. */
    private record Shown(String commentText, Map<String, ProblemException> problems) {
        static final Shown NOTHING = new Shown("", Map.of());

        static Shown at(String form, ProblemException problem) {
            return new Shown("", Map.of(form, problem));
        }

        ProblemException problem(String form) {
            return problems.get(form);
        }
    }

    private void detail(HttpServletRequest request, HttpServletResponse response, Caller caller, String key, int status,
                        Shown shown) throws IOException {
        ProblemException commentProblem = shown.problem("comment");
        ProblemException priorityProblem = shown.problem("priority");
        ProblemException escalationProblem = shown.problem("escalation");
        String commentText = shown.commentText();
        ServiceRequest serviceRequest = intake.read(caller, key);
        Optional<RequestTemplate> template = template(serviceRequest);
        // Answers in the order they were given; labels from the template as it is now, keys if it changed since.
        List<Map<String, Object>> answers = serviceRequest.answers().entrySet().stream()
                .map(a -> Map.<String, Object>of("key", a.getKey(), "value", answerText(caller,
                                template.flatMap(t -> t.field(a.getKey())), a.getValue()), "label",
                        template.flatMap(t -> t.field(a.getKey())).map(f -> f.label().in(caller.locale())).orElse(a.getKey())))
                .collect(Collectors.toList());
        List<Map<String, Object>> comments = new ArrayList<>();
        for (RequestComment comment : intake.comments(caller, key)) {
            // Comments the escalation sweep wrote before it had a user of its own carry "sweep": shown as the policy.
            String author = EscalationEntry.SWEEP.equals(comment.author()) ? text(caller, "ma.escalation.by.policy")
                    : directory.displayName(comment.author());
            comments.add(Map.of("author", author, "at", pages.formats(caller).dateTime(comment.at()), "body", comment.body(),
                    "internal", comment.internal()));
        }
        Map<String, Object> values = new HashMap<>();
        values.put("title", serviceRequest.key() + ": " + serviceRequest.summary());
        Optional<PriorityDecision> decision = decisions.of(serviceRequest.key());
        values.put("request", row(caller, serviceRequest, decision));
        values.put("answers", answers);
        values.put("comments", comments);
        values.put("goals", clockRows(caller, serviceRequest));
        // Agents find every step of the clocks on the add-on's history page (in Jira: the issue's panel).
        values.put("historyUrl", caller.isStaff() ? "/plugins/servlet/ma-servicedesk/sla/history?request="
                + java.net.URLEncoder.encode(serviceRequest.key(), java.nio.charset.StandardCharsets.UTF_8) : "");
        values.put("actions", caller.isStaff() ? java.util.Arrays.stream(RequestAction.values())
                .filter(a -> a.allowedFrom(serviceRequest.status()))
                .map(a -> Map.of("key", a.key(), "label", text(caller, "ma.portal.action." + a.key())))
                .collect(Collectors.toList()) : List.of());
        values.put("decision", caller.isStaff() ? decision.map(d -> decisionView(caller, d, request, priorityProblem))
                .orElse(null) : null);
        values.put("attachments", intake.attachments(caller, key).stream().map(a -> Map.<String, Object>of("id", a.id(),
                // Not "size": Velocity would read $file.size as the map's own size().
                "fileName", a.fileName(), "sizeText", pages.formats(caller).size(a.size())))
                .collect(Collectors.toList()));
        values.put("escalation", caller.isStaff() ? escalationView(caller, serviceRequest.key(), request, escalationProblem) : null);
        values.put("created", request.getParameter("created") == null ? "" : text(caller,
                template.map(t -> t.group() == RequestTemplate.Group.INCIDENT).orElse(false)
                        ? "ma.portal.created.incident" : "ma.portal.created.request", serviceRequest.key()));
        values.put("commentText", commentText == null ? "" : commentText);
        values.put("commentError", commentProblem == null ? ""
                : text(caller, commentProblem.messageKey(), commentProblem.arguments()));
        values.put("tokenName", tokens.parameterName());
        values.put("token", tokens.tokenFor(request, response));
        values.put("action", "/portal/requests/" + serviceRequest.key());
        values.put("staff", caller.isStaff());
        values.put("timeline", timeline(caller, serviceRequest, decision));
        String assignee = intake.assignee(caller, key).orElse("");
        values.put("assignee", assignee.isEmpty() ? "" : directory.displayName(assignee));
        values.put("assignedToMe", assignee.equals(caller.username()));
        values.put("agents", caller.isStaff() ? intake.agents().stream().map(a -> Map.<String, Object>of("key", a.username(),
                "name", a.displayName(), "selected", a.username().equals(assignee))).collect(Collectors.toList()) : List.of());
        values.put("assignError", problemText(caller, shown.problem("assign")));
        values.put("shareable", serviceRequest.reporter().equals(caller.username()));
        values.put("shared", serviceRequest.shared());
        values.put("shareError", problemText(caller, shown.problem("share")));
        values.put("canAddFiles", !ServiceRequest.STATUS_RESOLVED.equals(serviceRequest.status()));
        values.put("filesError", problemText(caller, shown.problem("files")));
        values.put("maxFiles", TemplateField.ATTACHMENT_MAX_FILES);
        values.put("maxMegabytes", TemplateField.ATTACHMENT_MAX_BYTES / (1024 * 1024));
        pages.write(response, status, "sandbox/templates/portal/request.vm", caller, values);
    }

    private String problemText(Caller caller, ProblemException problem) {
        return problem == null ? "" : text(caller, problem.messageKey(), problem.arguments());
    }

    /**
     * What happened to the request, oldest first, in the reader's language and zone: raised, the priority, status
     * changes, who took it (agents), sharing, files added, comments (internal notes for agents only), escalations
     * (agents only: the desk's own business, as the notes that go with them).
     */
    private List<Map<String, Object>> timeline(Caller caller, ServiceRequest request, Optional<PriorityDecision> decision) {
        record Line(java.time.Instant at, String kind, String text) {
        }
        List<Line> lines = new ArrayList<>();
        String reporter = directory.displayName(request.reporter());
        lines.add(new Line(request.createdAt(), "created", request.createdBy().equals(request.reporter())
                ? text(caller, "ma.portal.timeline.created", reporter)
                : text(caller, "ma.portal.timeline.created-for", directory.displayName(request.createdBy()), reporter)));
        request.priority().ifPresent(p -> lines.add(new Line(request.createdAt(), "priority",
                text(caller, "ma.portal.timeline.priority-derived", decision.map(d -> levelLabel(caller, d, d.derivedLevel()))
                        .orElse(p.level())))));
        decision.flatMap(PriorityDecision::override).ifPresent(o -> lines.add(new Line(o.at(), "priority",
                text(caller, "ma.portal.timeline.priority-set", directory.displayName(o.by()),
                        levelLabel(caller, decision.get(), o.level())))));
        for (nl.mijnaansluiting.servicedesk.sandbox.request.RequestEvent event : intake.events(caller, request.key())) {
            String who = directory.displayName(event.actor());
            String line = switch (event.kind()) {
                case STATUS -> text(caller, "ma.portal.timeline.status", who, text(caller, "ma.portal.status." + event.detail()));
                case ASSIGNED -> event.detail().isEmpty() ? text(caller, "ma.portal.timeline.unassigned", who)
                        : event.detail().equals(event.actor()) ? text(caller, "ma.portal.timeline.took", who)
                        : text(caller, "ma.portal.timeline.assigned", who, directory.displayName(event.detail()));
                case SHARED -> text(caller, "true".equals(event.detail()) ? "ma.portal.timeline.shared"
                        : "ma.portal.timeline.unshared", who);
                case FILE_ADDED -> text(caller, "ma.portal.timeline.file", who, event.detail());
            };
            lines.add(new Line(event.at(), event.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'), line));
        }
        for (RequestComment comment : intake.comments(caller, request.key())) {
            String author = EscalationEntry.SWEEP.equals(comment.author()) ? text(caller, "ma.escalation.by.policy")
                    : directory.displayName(comment.author());
            lines.add(new Line(comment.at(), comment.internal() ? "note" : "comment",
                    text(caller, comment.internal() ? "ma.portal.timeline.note" : "ma.portal.timeline.comment", author)));
        }
        if (caller.isStaff()) {
            for (EscalationEntry entry : escalations.view(caller, request.key()).log()) {
                String metric = entry.metric().map(m -> text(caller, "ma.sla.metric." + m)).orElse("");
                lines.add(new Line(entry.at(), "escalation", text(caller, "ma.escalation.kind." + entry.kind().name(),
                        metric, entry.sharePercent(), directory.displayName(entry.actor()))));
            }
        }
        // Stable: what happened in one moment keeps the order above (raised before its priority).
        lines.sort(java.util.Comparator.comparing(Line::at));
        Formats formats = pages.formats(caller);
        return lines.stream().map(l -> Map.<String, Object>of("at", formats.dateTime(l.at()), "kind", l.kind(), "text", l.text()))
                .collect(Collectors.toList());
    }
}
