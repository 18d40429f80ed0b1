package nl.mijnaansluiting.servicedesk.store;

import nl.mijnaansluiting.servicedesk.queue.SlaCondition;
import nl.mijnaansluiting.servicedesk.queue.SlaSearch;
import nl.mijnaansluiting.servicedesk.queue.SlaState;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * The SLA conditions of the queue as SQL over the indexed clock columns, written once for Active Objects'
 * queries ({@link AoSlaIndex}) and for a host that joins them with its own request table (the sandbox's queue).
 */
public final class SlaSql {

    /** How a column of a table alias is written: {@code c.STATE} for Active Objects, quoted for plain JDBC. */
    @FunctionalInterface
    public interface Names {
        String column(String alias, String column);
    }

    /** Active Objects quotes the identifiers of a where clause itself. */
    public static final Names AO = (alias, column) -> alias + "." + column;

    /** A piece of a where clause and its parameters, in order. */
    public static final class Fragment {
        private final String sql;
        private final List<Object> parameters;

        Fragment(String sql, List<Object> parameters) {
            this.sql = sql;
            this.parameters = List.copyOf(parameters);
        }

        public String sql() {
            return sql;
        }

        public List<Object> parameters() {
            return parameters;
        }
    }

    private SlaSql() {
    }

    /**
     * The condition on one clock row ({@code alias}, e.g. {@code c}): its goal, and its state at the search's
     * moment or its due moment within the per-calendar bounds. Every branch is a range or equality on an index
     * of SLA_CLOCK: BREACH_AT; (STATE, DUE_AT); (METRIC, SORT_DUE).
     */
    public static Fragment clock(SlaSearch search, SlaCondition condition, String alias, Names names) {
        List<String> parts = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        condition.goal().ifPresent(goal -> {
            parts.add(names.column(alias, "METRIC") + " = ?");
            parameters.add(goal);
        });
        if (condition.dueWithin().isPresent()) {
            Instant latest = search.dueBefore().values().stream().max(Instant::compareTo).orElse(search.now());
            parts.add(names.column(alias, "STATE") + " = ?");
            parameters.add("RUNNING");
            parts.add(names.column(alias, "DUE_AT") + " >= ?");
            parameters.add(Date.from(search.now()));
            parts.add(names.column(alias, "DUE_AT") + " <= ?");
            parameters.add(Date.from(latest));
            List<String> calendars = new ArrayList<>();
            for (Map.Entry<String, Instant> bound : search.dueBefore().entrySet()) {
                calendars.add("(" + names.column(alias, "CALENDAR_KEY") + " = ? AND " + names.column(alias, "DUE_AT") + " <= ?)");
                parameters.add(bound.getKey());
                parameters.add(Date.from(bound.getValue()));
            }
            parts.add(calendars.isEmpty() ? "1 = 0" : "(" + String.join(" OR ", calendars) + ")");
        } else {
            SlaState state = condition.state().orElseThrow();
            if (state == SlaState.BREACHED) {
                parts.add(names.column(alias, "BREACH_AT") + " <= ?");
                parameters.add(Date.from(search.now()));
            } else {
                parts.add(names.column(alias, "STATE") + " = ?");
                parameters.add(state.name());
            }
        }
        return new Fragment(String.join(" AND ", parts), parameters);
    }

    /**
     * The same condition for any goal, on the request's summary row ({@code alias}, SLA_REQUEST) where that
     * row suffices (a state), so no clock needs reading; null for "due within", which needs the clocks.
     */
    public static Fragment anyGoal(SlaSearch search, SlaCondition condition, String alias, Names names) {
        if (condition.goal().isPresent() || condition.dueWithin().isPresent()) {
            return null;
        }
        switch (condition.state().orElseThrow()) {
            case BREACHED:
                return new Fragment(names.column(alias, "BREACH_AT") + " <= ?", List.of(Date.from(search.now())));
            case RUNNING:
                return new Fragment(names.column(alias, "RUNNING") + " > ?", List.of(0));
            case PAUSED:
                return new Fragment(names.column(alias, "PAUSED") + " > ?", List.of(0));
            default:
                return new Fragment(names.column(alias, "MET") + " > ?", List.of(0));
        }
    }
}
