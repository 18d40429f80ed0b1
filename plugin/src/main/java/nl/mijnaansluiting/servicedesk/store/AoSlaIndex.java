package nl.mijnaansluiting.servicedesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.Query;
import nl.mijnaansluiting.servicedesk.queue.SlaCondition;
import nl.mijnaansluiting.servicedesk.queue.SlaIndex;
import nl.mijnaansluiting.servicedesk.queue.SlaSearch;
import nl.mijnaansluiting.servicedesk.sla.ClockStore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The queue's query over SLA_REQUEST (one row per request, sorted by its earliest due moment) and SLA_CLOCK
 * (per goal), each condition a range on an index ({@link SlaSql}); the database sorts and pages.
 */
public class AoSlaIndex implements SlaIndex {

    private final ActiveObjects ao;

    public AoSlaIndex(ActiveObjects ao) {
        this.ao = ao;
    }

    /** Which table leads, which joins, what it filters and sorts on. */
    private static final class Plan {
        final boolean byClock;
        final boolean join;
        final boolean distinct;
        final String where;
        final Object[] parameters;
        final String order;

        Plan(boolean byClock, boolean join, boolean distinct, List<String> where, List<Object> parameters, String order) {
            this.byClock = byClock;
            this.join = join;
            this.distinct = distinct;
            this.where = where.isEmpty() ? null : String.join(" AND ", where);
            this.parameters = parameters.toArray();
            this.order = order;
        }
    }

    private static Plan plan(SlaSearch search) {
        Optional<SlaCondition> condition = search.condition();
        Optional<String> sortGoal = search.query().sortGoal();
        String direction = search.query().descending() ? " DESC" : " ASC";
        List<String> where = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        SlaSql.Fragment summary = condition.map(c -> SlaSql.anyGoal(search, c, "s", SlaSql.AO)).orElse(null);
        if (sortGoal.isPresent()) {
            // Led by that goal's clocks: one row per request, sorted on (METRIC, SORT_DUE).
            where.add("c.METRIC = ?");
            parameters.add(sortGoal.get());
            boolean join = false;
            if (summary != null) {
                join = true;
                where.add(summary.sql());
                parameters.addAll(summary.parameters());
            } else if (condition.isPresent()) {
                if (!condition.get().goal().equals(sortGoal)) {
                    throw new IllegalArgumentException("sorting by " + sortGoal.get() + " goes with conditions on that goal"
                            + " or on a state of any goal, not with " + condition.get());
                }
                SlaSql.Fragment clock = SlaSql.clock(search, condition.get(), "c", SlaSql.AO);
                where.add(clock.sql());
                parameters.addAll(clock.parameters());
            }
            return new Plan(true, join, false, where, parameters, "c.SORT_DUE" + direction + ", c.ID" + direction);
        }
        String order = "s.SORT_DUE" + direction + ", s.ID" + direction;
        if (condition.isEmpty()) {
            return new Plan(false, false, false, where, parameters, order);
        }
        if (summary != null) {
            where.add(summary.sql());
            parameters.addAll(summary.parameters());
            return new Plan(false, false, false, where, parameters, order);
        }
        SlaSql.Fragment clock = SlaSql.clock(search, condition.get(), "c", SlaSql.AO);
        where.add(clock.sql());
        parameters.addAll(clock.parameters());
        // A request has one clock per goal: only "due within" over any goal can meet two of them.
        return new Plan(false, true, condition.get().goal().isEmpty(), where, parameters, order);
    }

    private static Query query(Plan plan, String fields) {
        Query query = Query.select(fields);
        if (plan.distinct) {
            query = query.distinct();
        }
        if (plan.byClock) {
            query = query.alias(SlaClockEntity.class, "c");
            if (plan.join) {
                query = query.alias(RequestSlaEntity.class, "s").join(RequestSlaEntity.class, "s.REQUEST_KEY = c.REQUEST_KEY");
            }
        } else {
            query = query.alias(RequestSlaEntity.class, "s");
            if (plan.join) {
                query = query.alias(SlaClockEntity.class, "c").join(SlaClockEntity.class, "c.REQUEST_KEY = s.REQUEST_KEY");
            }
        }
        return plan.where == null ? query : query.where(plan.where, plan.parameters);
    }

    @Override
    public List<String> requestKeys(SlaSearch search) {
        Plan plan = plan(search);
        int offset = search.query().offset();
        int limit = search.query().limit();
        if (plan.byClock) {
            return Arrays.stream(ao.find(SlaClockEntity.class, query(plan, "ID, REQUEST_KEY, SORT_DUE").order(plan.order)
                    .offset(offset).limit(limit))).map(SlaClockEntity::getRequestKey).collect(Collectors.toList());
        }
        return Arrays.stream(ao.find(RequestSlaEntity.class, query(plan, "ID, REQUEST_KEY, SORT_DUE").order(plan.order)
                .offset(offset).limit(limit))).map(RequestSlaEntity::getRequestKey).collect(Collectors.toList());
    }

    @Override
    public int count(SlaSearch search) {
        Plan plan = plan(search);
        if (plan.distinct) {
            // "Due within" over any goal: the distinct requests among the few clocks due that soon.
            return ao.find(RequestSlaEntity.class, query(plan, "ID")).length;
        }
        return plan.byClock ? ao.count(SlaClockEntity.class, query(plan, "ID"))
                : ao.count(RequestSlaEntity.class, query(plan, "ID"));
    }

    @Override
    public Map<String, List<ClockStore.StoredClock>> clocksOf(Collection<String> requestKeys) {
        Map<String, List<ClockStore.StoredClock>> clocks = new LinkedHashMap<>();
        if (requestKeys.isEmpty()) {
            return clocks;
        }
        requestKeys.forEach(key -> clocks.put(key, new ArrayList<>()));
        String marks = requestKeys.stream().map(k -> "?").collect(Collectors.joining(","));
        for (ClockStore.StoredClock clock : AoClockStore.toClocks(ao.find(SlaClockEntity.class,
                Query.select().where("REQUEST_KEY IN (" + marks + ")", requestKeys.toArray()).order("ID ASC")))) {
            clocks.computeIfAbsent(clock.requestKey(), k -> new ArrayList<>()).add(clock);
        }
        return clocks;
    }
}
