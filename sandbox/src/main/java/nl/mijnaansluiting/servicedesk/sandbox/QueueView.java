package nl.mijnaansluiting.servicedesk.sandbox;

import nl.mijnaansluiting.servicedesk.escalation.Escalations;
import nl.mijnaansluiting.servicedesk.priority.PriorityScheme;
import nl.mijnaansluiting.servicedesk.priority.PrioritySchemes;
import nl.mijnaansluiting.servicedesk.queue.SlaLozenge;
import nl.mijnaansluiting.servicedesk.request.Organisation;
import nl.mijnaansluiting.servicedesk.request.Portal;
import nl.mijnaansluiting.servicedesk.request.RequestTemplate;
import nl.mijnaansluiting.servicedesk.sandbox.request.AgentQueue;
import nl.mijnaansluiting.servicedesk.sandbox.request.QueueFilter;
import nl.mijnaansluiting.servicedesk.text.Formats;
import nl.mijnaansluiting.servicedesk.text.Messages;
import nl.mijnaansluiting.servicedesk.text.Translated;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** A page of the agents' queue as the page and REST show it: labels, names, lozenges, links that keep the filter. */
final class QueueView {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final List<String> COLUMNS = List.of("key", "summary", "type", "organisation", "reporter", "priority",
            "status", "created");

    private final Messages messages;
    private final DemoDirectory directory;
    private final Portal portal;
    private final Escalations escalations;
    private final PrioritySchemes schemes;

    QueueView(Messages messages, DemoDirectory directory, Portal portal, Escalations escalations, PrioritySchemes schemes) {
        this.messages = messages;
        this.directory = directory;
        this.portal = portal;
        this.escalations = escalations;
        this.schemes = schemes;
    }

    /** "1 dec. 2026 08:17" in Dutch, "1 Dec 2026 08:17" in English: the plugin's formats, as Jira's panels use them. */
    private String when(java.time.Instant at, ZoneId zone, Locale locale) {
        return Formats.of(messages, locale, AMSTERDAM).dateTime(at, zone);
    }

    /** "Hoog (H)"; a name that already holds its key stays as it is ("Prio 1"). */
    static String priority(Translated name, String key, Locale locale) {
        if (key == null || key.isEmpty()) {
            return "";
        }
        if (name == null) {
            return key;
        }
        String text = name.in(locale);
        boolean named = java.util.regex.Pattern.compile("(^|\\W)" + java.util.regex.Pattern.quote(key) + "(\\W|$)").matcher(text).find();
        return named ? text : text + " (" + key + ")";
    }

    Map<String, Object> page(AgentQueue.Page page, Locale locale) {
        QueueFilter filter = page.filter();
        Map<String, Object> values = new HashMap<>();
        values.put("title", messages.text(locale, "ma.portal.queue"));
        List<Map<String, Object>> views = new ArrayList<>();
        for (QueueFilter.View view : QueueFilter.View.values()) {
            Map<String, String> parameters = filter.parameters();
            parameters.remove("page");
            parameters.remove("view");
            if (view != QueueFilter.View.OPEN) {
                parameters.put("view", view.key());
            }
            views.add(Map.of("key", view.key(), "label", messages.text(locale, "ma.queue.view." + view.key()),
                    "query", query(parameters), "active", view == filter.view()));
        }
        values.put("views", views);
        values.put("view", filter.view() == QueueFilter.View.OPEN ? "" : filter.view().key());
        values.put("sort", "due".equals(filter.sort()) ? "" : filter.sort());
        values.put("dir", filter.descending() ? "desc" : "");
        values.put("resolved", filter.withResolved());
        List<Map<String, Object>> organisations = new ArrayList<>();
        directory.organisations().stream().sorted(java.util.Comparator.comparing(Organisation::name)).forEach(o ->
                organisations.add(Map.of("key", o.key(), "name", o.name(), "selected", filter.organisation().filter(o.key()::equals).isPresent())));
        values.put("organisations", organisations);
        Map<String, String> levels = new LinkedHashMap<>();
        schemes.all().forEach(current -> current.scheme().levels().forEach(level ->
                levels.putIfAbsent(level.key(), priority(level.name(), level.key(), locale))));
        List<Map<String, Object>> priorities = new ArrayList<>();
        levels.forEach((key, name) -> priorities.add(Map.of("key", key, "name", name,
                "selected", filter.priority().filter(key::equals).isPresent())));
        values.put("priorities", priorities);

        List<Map<String, Object>> columns = new ArrayList<>();
        for (String column : COLUMNS) {
            columns.add(column(filter, column, messages.text(locale, "ma.queue.column." + column)));
        }
        for (String goal : page.goals()) {
            columns.add(column(filter, QueueFilter.GOAL_SORT + goal, messages.text(locale, "ma.sla.metric." + goal)));
        }
        columns.add(column(filter, "due", messages.text(locale, "ma.sla.first-due")));
        values.put("columns", columns);

        List<Map<String, Object>> rows = new ArrayList<>();
        for (AgentQueue.Row row : page.rows()) {
            Map<String, Object> cells = new HashMap<>();
            cells.put("key", row.request().key());
            cells.put("summary", row.request().summary());
            cells.put("type", portal.anyTemplateIfExists(row.request().templateKey()).map(t -> t.name().in(locale))
                    .orElse(row.request().templateKey()));
            cells.put("organisation", directory.organisation(row.request().organisationKey()).map(Organisation::name)
                    .orElse(row.request().organisationKey()));
            cells.put("reporter", directory.find(row.request().reporter()).map(DemoDirectory.Person::displayName)
                    .orElse(row.request().reporter()));
            cells.put("priority", priority(row.priorityName(), row.priority(), locale));
            cells.put("priorityKey", row.priority() == null ? "" : row.priority());
            cells.put("status", messages.text(locale, "ma.portal.status." + row.request().status()));
            cells.put("statusKey", row.request().status());
            cells.put("created", when(row.request().createdAt(), AMSTERDAM, locale));
            cells.put("assignee", row.assignee() == null ? "" : directory.find(row.assignee())
                    .map(DemoDirectory.Person::displayName).orElse(row.assignee()));
            cells.put("escalation", escalation(row, locale));
            List<Map<String, Object>> goals = new ArrayList<>();
            for (String goal : page.goals()) {
                goals.add(row.goals().stream().filter(l -> l.goal().equals(goal)).findFirst()
                        .map(l -> lozenge(l, locale)).orElse(Map.of("goal", goal, "text", "")));
            }
            cells.put("goals", goals);
            cells.put("due", row.goals().stream().filter(l -> l.due().isPresent())
                    .min(java.util.Comparator.comparing(l -> l.due().get()))
                    .map(l -> when(l.due().get(), l.zone(), locale)).orElse(""));
            rows.add(cells);
        }
        values.put("requests", rows);
        int from = page.total() == 0 ? 0 : (filter.page() - 1) * QueueFilter.PAGE_SIZE + 1;
        int to = Math.min(page.total(), filter.page() * QueueFilter.PAGE_SIZE);
        values.put("range", messages.text(locale, "ma.queue.range", from, to, page.total()));
        values.put("pageText", messages.text(locale, "ma.queue.page", filter.page(), page.pages()));
        values.put("hasPrevious", filter.page() > 1);
        values.put("previous", filter.page() > 1 ? pageQuery(filter, filter.page() - 1) : "");
        values.put("hasNext", filter.page() < page.pages());
        values.put("next", filter.page() < page.pages() ? pageQuery(filter, filter.page() + 1) : "");
        return values;
    }

    private Map<String, Object> lozenge(SlaLozenge lozenge, Locale locale) {
        Map<String, Object> cell = new HashMap<>();
        cell.put("goal", lozenge.goal());
        cell.put("text", lozenge.text(messages, locale));
        cell.put("colour", lozenge.colour().name().toLowerCase(Locale.ROOT));
        cell.put("aui", lozenge.colour().aui());
        cell.put("percent", lozenge.usedPercent());
        cell.put("title", lozenge.due().map(due -> messages.text(locale, "ma.queue.lozenge.title",
                        messages.text(locale, "ma.sla.metric." + lozenge.goal()), lozenge.usedPercent(), when(due, lozenge.zone(), locale)))
                .orElse(messages.text(locale, "ma.sla.metric." + lozenge.goal())));
        return cell;
    }

    private String escalation(AgentQueue.Row row, Locale locale) {
        if (row.escalation() == null || row.escalation().level() == 0) {
            return "";
        }
        return row.schemeKey().flatMap(escalations::policy).map(p -> p.level(row.escalation().level()).in(locale))
                .orElse(String.valueOf(row.escalation().level()));
    }

    private static Map<String, Object> column(QueueFilter filter, String sort, String label) {
        boolean sorted = filter.sort().equals(sort);
        Map<String, String> parameters = filter.parameters();
        parameters.remove("page");
        parameters.remove("sort");
        parameters.remove("dir");
        if (!"due".equals(sort)) {
            parameters.put("sort", sort);
        }
        if (sorted && !filter.descending()) {
            parameters.put("dir", "desc");
        }
        Map<String, Object> column = new HashMap<>();
        column.put("id", "sort-" + sort.replace(':', '-'));
        column.put("label", label);
        column.put("query", query(parameters));
        column.put("aria", sorted ? (filter.descending() ? "descending" : "ascending") : "none");
        column.put("mark", sorted ? (filter.descending() ? "\u25BC" : "\u25B2") : "");
        return column;
    }

    private static String pageQuery(QueueFilter filter, int page) {
        Map<String, String> parameters = filter.parameters();
        parameters.remove("page");
        if (page > 1) {
            parameters.put("page", String.valueOf(page));
        }
        return query(parameters);
    }

    static String query(Map<String, String> parameters) {
        if (parameters.isEmpty()) {
            return "";
        }
        return "?" + parameters.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The REST queue: one page with its lozenges, priorities by name, links' parameters left to the caller. */
    Map<String, Object> json(AgentQueue.Page page, Locale locale, java.util.function.Function<nl.mijnaansluiting.servicedesk.sandbox.request.ServiceRequest, Map<String, Object>> request) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("total", page.total());
        json.put("page", page.filter().page());
        json.put("pages", page.pages());
        json.put("pageSize", QueueFilter.PAGE_SIZE);
        List<Map<String, Object>> requests = new ArrayList<>();
        for (AgentQueue.Row row : page.rows()) {
            Map<String, Object> one = new LinkedHashMap<>(request.apply(row.request()));
            one.put("priority", row.priority());
            one.put("priorityName", priority(row.priorityName(), row.priority(), locale));
            one.put("assignee", row.assignee());
            one.put("escalationLevel", row.escalation() == null ? 0 : row.escalation().level());
            List<Map<String, Object>> sla = new ArrayList<>();
            for (SlaLozenge lozenge : row.goals()) {
                Map<String, Object> goal = new LinkedHashMap<>();
                goal.put("goal", lozenge.goal());
                goal.put("state", lozenge.state().name().toLowerCase(Locale.ROOT));
                goal.put("colour", lozenge.colour().name().toLowerCase(Locale.ROOT));
                goal.put("remainingSeconds", lozenge.remaining().getSeconds());
                goal.put("usedPercent", lozenge.usedPercent());
                goal.put("dueAt", lozenge.due().map(d -> d.atZone(lozenge.zone()).toOffsetDateTime().toString()).orElse(null));
                goal.put("text", lozenge.text(messages, locale));
                sla.add(goal);
            }
            one.put("sla", sla);
            requests.add(one);
        }
        json.put("requests", requests);
        return json;
    }
}
