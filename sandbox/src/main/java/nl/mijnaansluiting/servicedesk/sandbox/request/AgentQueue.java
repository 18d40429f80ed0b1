package nl.mijnaansluiting.servicedesk.sandbox.request;

import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.error.ProblemException;
import nl.mijnaansluiting.servicedesk.escalation.EscalationLevel;
import nl.mijnaansluiting.servicedesk.escalation.Escalations;
import nl.mijnaansluiting.servicedesk.priority.PriorityScheme;
import nl.mijnaansluiting.servicedesk.priority.PrioritySchemes;
import nl.mijnaansluiting.servicedesk.queue.SlaLozenge;
import nl.mijnaansluiting.servicedesk.queue.SlaQueue;
import nl.mijnaansluiting.servicedesk.queue.SlaSearch;
import nl.mijnaansluiting.servicedesk.request.Organisation;
import nl.mijnaansluiting.servicedesk.request.Portal;
import nl.mijnaansluiting.servicedesk.request.RequestTemplate;
import nl.mijnaansluiting.servicedesk.request.Templates;
import nl.mijnaansluiting.servicedesk.sla.SlaSettings;
import nl.mijnaansluiting.servicedesk.text.Translated;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The agents' queue as JSM's: one page of 50 open requests that pass the agent's filter, sorted by any column
 * (due first), each with a lozenge per goal, its priority by name and its escalation level; the database
 * filters, sorts and pages (the plugin's SLA query joined with the request table), and the page's clocks and
 * levels are read in one query each.
 */
public final class AgentQueue {

    /** Goals as columns, in this order when present. */
    private static final List<String> GOAL_ORDER = List.of("reaction", "resolution", "answer", "ap-report", "status-update", "rca");
    private static final List<String> STATUS_ORDER = List.of(ServiceRequest.STATUS_OPEN, ServiceRequest.STATUS_IN_PROGRESS,
            ServiceRequest.STATUS_WAITING, ServiceRequest.STATUS_RESOLVED);

    /** One row: the request, its priority in force with its name, who took it, its goals, its escalation level. */
    public record Row(ServiceRequest request, String priority, Translated priorityName, String assignee,
                      List<SlaLozenge> goals, EscalationLevel escalation, Optional<String> schemeKey) {
    }

    /** One page, the goals shown as columns, and how many requests match in all. */
    public record Page(QueueFilter filter, List<Row> rows, List<String> goals, int total, Instant at) {
        public int pages() {
            return Math.max(1, (total + QueueFilter.PAGE_SIZE - 1) / QueueFilter.PAGE_SIZE);
        }
    }

    private final ServiceRequests requests;
    private final SlaQueue sla;
    private final SlaSettings settings;
    private final PrioritySchemes schemes;
    private final Portal portal;
    private final Templates templates;
    private final nl.mijnaansluiting.servicedesk.sandbox.DemoDirectory directory;
    private final Escalations escalations;

    public AgentQueue(ServiceRequests requests, SlaQueue sla, SlaSettings settings, PrioritySchemes schemes, Portal portal,
                      Templates templates, nl.mijnaansluiting.servicedesk.sandbox.DemoDirectory directory, Escalations escalations) {
        this.requests = requests;
        this.sla = sla;
        this.settings = settings;
        this.schemes = schemes;
        this.portal = portal;
        this.templates = templates;
        this.directory = directory;
        this.escalations = escalations;
    }

    public PrioritySchemes schemes() {
        return schemes;
    }

    public nl.mijnaansluiting.servicedesk.sandbox.DemoDirectory directory() {
        return directory;
    }

    public Portal portal() {
        return portal;
    }

    public Escalations escalations() {
        return escalations;
    }

    /** Every goal any goal set knows: what one may sort by. */
    public Set<String> goals() {
        Set<String> goals = new TreeSet<>();
        settings.current().schemes().values().forEach(scheme -> scheme.goals().forEach(goal -> goals.add(goal.metric())));
        return goals;
    }

    /** The queue's filter from request parameters, refused with the parameter named when wrong. */
    public QueueFilter filter(java.util.function.Function<String, String> parameter) {
        return QueueFilter.parse(parameter, goals());
    }

    public Page page(Caller caller, QueueFilter filter, Locale locale) {
        if (caller == null || !caller.isStaff()) {
            throw ProblemException.forbidden("ma.error.staff-only");
        }
        Instant now = sla.now();
        SlaSearch search = sla.search(filter.slaQuery(), now);
        ServiceRequests.QueuePage page = requests.queue(filter, Optional.of(caller.username()), search, ranks(locale));
        List<String> keys = page.rows().stream().map(r -> r.request().key()).collect(Collectors.toList());
        Map<String, List<SlaLozenge>> lozenges = sla.lozenges(keys, now);
        Map<String, EscalationLevel> levels = escalations.levels(caller, keys);
        Map<String, Optional<PriorityScheme>> byScheme = new HashMap<>();
        Set<String> shownGoals = new LinkedHashSet<>();
        List<Row> rows = new ArrayList<>();
        for (ServiceRequests.QueueRow row : page.rows()) {
            Optional<String> schemeKey = portal.anyTemplateIfExists(row.request().templateKey()).flatMap(RequestTemplate::priorityScheme);
            Translated name = schemeKey.flatMap(key -> byScheme.computeIfAbsent(key, this::scheme))
                    .flatMap(scheme -> scheme.levels().stream().filter(l -> l.key().equals(row.priority())).findFirst())
                    .map(PriorityScheme.Level::name).orElse(null);
            List<SlaLozenge> goals = lozenges.getOrDefault(row.request().key(), List.of());
            goals.forEach(g -> shownGoals.add(g.goal()));
            rows.add(new Row(row.request(), row.priority(), name, row.assignee(), goals, levels.get(row.request().key()), schemeKey));
        }
        List<String> columns = shownGoals.stream().sorted(Comparator.comparingInt((String g) ->
                GOAL_ORDER.indexOf(g) < 0 ? GOAL_ORDER.size() : GOAL_ORDER.indexOf(g))).collect(Collectors.toList());
        filter.goalSort().filter(g -> !columns.contains(g)).ifPresent(columns::add);
        return new Page(filter, rows, columns, page.total(), now);
    }

    private Optional<PriorityScheme> scheme(String key) {
        try {
            return Optional.of(schemes.find(key));
        } catch (ProblemException gone) {
            return Optional.empty();
        }
    }

    /** The order of stored values by what the reader sees: a level's rank, names in the reader's language. */
    private Map<String, Map<String, Integer>> ranks(Locale locale) {
        Map<String, Map<String, Integer>> ranks = new HashMap<>();
        Map<String, Integer> priorities = new LinkedHashMap<>();
        schemes.all().forEach(current -> {
            List<PriorityScheme.Level> levels = current.scheme().levels();
            for (int i = 0; i < levels.size(); i++) {
                priorities.putIfAbsent(levels.get(i).key(), i);
            }
        });
        ranks.put("priority", priorities);
        ranks.put("organisation", byName(directory.organisations().stream()
                .collect(Collectors.toMap(Organisation::key, Organisation::name))));
        ranks.put("reporter", byName(directory.people().stream()
                .collect(Collectors.toMap(p -> p.username(), p -> p.displayName()))));
        ranks.put("type", byName(templates.shipped().stream()
                .collect(Collectors.toMap(RequestTemplate::key, t -> t.name().in(locale), (a, b) -> a))));
        Map<String, Integer> statuses = new LinkedHashMap<>();
        STATUS_ORDER.forEach(s -> statuses.put(s, statuses.size()));
        ranks.put("status", statuses);
        return ranks;
    }

    private static Map<String, Integer> byName(Map<String, String> names) {
        Map<String, Integer> ranks = new LinkedHashMap<>();
        names.entrySet().stream().sorted(Map.Entry.comparingByValue(String.CASE_INSENSITIVE_ORDER))
                .forEach(e -> ranks.put(e.getKey(), ranks.size()));
        return ranks;
    }
}
