package nl.mijnaansluiting.servicedesk.sandbox.request;

import nl.mijnaansluiting.servicedesk.error.ProblemException;
import nl.mijnaansluiting.servicedesk.queue.SlaCondition;
import nl.mijnaansluiting.servicedesk.queue.SlaQuery;
import nl.mijnaansluiting.servicedesk.queue.SlaState;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What an agent asks of the queue, as the page's and REST's parameters say it: a view ("Te laat", "Binnen een
 * uur te laat", "Wacht op klant", "Mijn verzoeken"), a deelnemer, a priority, resolved ones too or not, the
 * column to sort by (due first by default) and the page. Wrong values are refused, naming the parameter.
 */
public final class QueueFilter {

    /** The queue's named views, as JSM's queue sidebar lists them. */
    public enum View {
        OPEN("open"), BREACHED("breached"), DUE_WITHIN_HOUR("due-within-hour"), WAITING("waiting"), MINE("mine");

        private final String key;

        View(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        static Optional<View> of(String key) {
            for (View view : values()) {
                if (view.key.equals(key)) {
                    return Optional.of(view);
                }
            }
            return Optional.empty();
        }
    }

    /** Columns one can sort by; {@code goal:<metric>} sorts by one goal's due moment. */
    public static final Set<String> SORTS = Set.of("due", "key", "summary", "type", "organisation", "reporter",
            "priority", "status", "created");
    public static final String GOAL_SORT = "goal:";
    public static final int PAGE_SIZE = SlaQuery.PAGE_SIZE;
    private static final int MAX_PAGE = 1_000_000;

    private final View view;
    private final String organisation;
    private final String priority;
    private final boolean withResolved;
    private final String sort;
    private final boolean descending;
    private final int page;

    private QueueFilter(View view, String organisation, String priority, boolean withResolved, String sort,
                        boolean descending, int page) {
        this.view = view;
        this.organisation = organisation;
        this.priority = priority;
        this.withResolved = withResolved;
        this.sort = sort;
        this.descending = descending;
        this.page = page;
    }

    /** The open requests, due first, page 1. */
    public static QueueFilter open() {
        return new QueueFilter(View.OPEN, null, null, false, "due", false, 1);
    }

    /**
     * From request parameters ({@code view, organisation, priority, resolved, sort, dir, page}); absent ones take
     * their default. {@code goals} are the metrics one may sort by.
     */
    public static QueueFilter parse(Function<String, String> parameter, Set<String> goals) {
        String viewKey = blankToNull(parameter.apply("view"));
        View view = viewKey == null ? View.OPEN : View.of(viewKey)
                .orElseThrow(() -> ProblemException.badInput("view", "ma.queue.error.view", viewKey));
        String sort = Optional.ofNullable(blankToNull(parameter.apply("sort"))).orElse("due");
        if (!SORTS.contains(sort) && !(sort.startsWith(GOAL_SORT) && goals.contains(sort.substring(GOAL_SORT.length())))) {
            throw ProblemException.badInput("sort", "ma.queue.error.sort", sort);
        }
        String dir = Optional.ofNullable(blankToNull(parameter.apply("dir"))).orElse("asc").toLowerCase(Locale.ROOT);
        if (!dir.equals("asc") && !dir.equals("desc")) {
            throw ProblemException.badInput("dir", "ma.queue.error.dir", dir);
        }
        String pageText = Optional.ofNullable(blankToNull(parameter.apply("page"))).orElse("1");
        int page;
        try {
            page = Integer.parseInt(pageText);
        } catch (NumberFormatException e) {
            throw ProblemException.badInput("page", "ma.queue.error.page", pageText);
        }
        if (page < 1 || page > MAX_PAGE) {
            throw ProblemException.badInput("page", "ma.queue.error.page", pageText);
        }
        String resolved = blankToNull(parameter.apply("resolved"));
        return new QueueFilter(view, blankToNull(parameter.apply("organisation")), blankToNull(parameter.apply("priority")),
                "true".equals(resolved) || "on".equals(resolved), sort, dir.equals("desc"), page);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** The SLA part, for the domain query: the view's condition, sorted by due moment of a goal or of all. */
    public SlaQuery slaQuery() {
        SlaQuery query = SlaQuery.all().page((page - 1) * PAGE_SIZE, PAGE_SIZE);
        if (view == View.BREACHED) {
            query = query.where(SlaCondition.in(SlaState.BREACHED));
        } else if (view == View.DUE_WITHIN_HOUR) {
            query = query.where(SlaCondition.dueWithin(null, Duration.ofHours(1)));
        }
        return query.sortedBy(goalSort().orElse(null), descending);
    }

    public View view() {
        return view;
    }

    public Optional<String> organisation() {
        return Optional.ofNullable(organisation);
    }

    public Optional<String> priority() {
        return Optional.ofNullable(priority);
    }

    /** Resolved requests too; by default only open ones. */
    public boolean withResolved() {
        return withResolved;
    }

    /** A column of {@link #SORTS} or {@code goal:<metric>}. */
    public String sort() {
        return sort;
    }

    public Optional<String> goalSort() {
        return sort.startsWith(GOAL_SORT) ? Optional.of(sort.substring(GOAL_SORT.length())) : Optional.empty();
    }

    public boolean descending() {
        return descending;
    }

    /** From 1. */
    public int page() {
        return page;
    }

    /** The parameters that give this filter, with some changed: for the page's links. */
    public Map<String, String> parameters() {
        Map<String, String> parameters = new java.util.LinkedHashMap<>();
        if (view != View.OPEN) {
            parameters.put("view", view.key());
        }
        organisation().ifPresent(o -> parameters.put("organisation", o));
        priority().ifPresent(p -> parameters.put("priority", p));
        if (withResolved) {
            parameters.put("resolved", "true");
        }
        if (!"due".equals(sort)) {
            parameters.put("sort", sort);
        }
        if (descending) {
            parameters.put("dir", "desc");
        }
        if (page > 1) {
            parameters.put("page", String.valueOf(page));
        }
        return parameters;
    }
}
