package nl.mijnaansluiting.servicedesk.jira;

import com.atlassian.jira.JiraDataType;
import com.atlassian.jira.JiraDataTypes;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.plugin.jql.function.JqlFunction;
import com.atlassian.jira.plugin.jql.function.JqlFunctionModuleDescriptor;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.util.MessageSetImpl;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.access.CallerSource;
import nl.mijnaansluiting.servicedesk.queue.SlaCondition;
import nl.mijnaansluiting.servicedesk.queue.SlaQuery;
import nl.mijnaansluiting.servicedesk.queue.SlaQueue;
import nl.mijnaansluiting.servicedesk.text.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A JQL function over the add-on's clocks, used as {@code issue in slaBreached("resolution")}: it answers the issues
 * whose goal (or any goal) meets its condition now, from ONE indexed query of the queue's domain query
 * ({@link SlaQueue#requestKeys}), never loading clocks per issue. It answers at search time rather than from values in
 * Jira's issue index because "breached" and "due within 1 h" change with the clock between reindexes.
 * <p>
 * The literals are issue keys (strings): the add-on's tables know requests by key, and Jira's issue clause turns
 * keys into its index's key terms itself. Jira applies the searcher's permissions to the search that uses them.
 */
public abstract class SlaJqlFunction implements JqlFunction {

    private static final Logger LOG = LoggerFactory.getLogger(SlaJqlFunction.class);

    private final SlaQueue queue;
    private final CallerSource callers;
    private final Messages messages;

    protected SlaJqlFunction(SlaQueue queue, CallerSource callers, Messages messages) {
        this.queue = queue;
        this.callers = callers;
        this.messages = messages;
    }

    /** The function's name in JQL, the module's {@code fname}. */
    @Override
    public abstract String getFunctionName();

    /** The condition these arguments ask for, or the reason they are wrong ({@link Refusal}). */
    protected abstract SlaCondition condition(List<String> arguments) throws Refusal;

    /** Arguments that cannot be answered: an i18n key and its arguments. */
    protected static final class Refusal extends Exception {
        private final String key;
        private final transient Object[] arguments;

        Refusal(String key, Object... arguments) {
            super(key, null, false, false);
            this.key = key;
            this.arguments = arguments;
        }
    }

    @Override
    public void init(JqlFunctionModuleDescriptor moduleDescriptor) {
        // The name is the class's own (getFunctionName); nothing to read from the descriptor.
    }

    @Override
    public MessageSet validate(ApplicationUser searcher, FunctionOperand operand, TerminalClause terminalClause) {
        MessageSet result = new MessageSetImpl();
        try {
            condition(operand.getArgs());
        } catch (Refusal refusal) {
            // In the searcher's language: Jira shows it under the JQL box.
            Locale locale = callers.current().map(Caller::locale).orElse(Messages.DUTCH);
            result.addErrorMessage(messages.text(locale, refusal.key, refusal.arguments));
        }
        return result;
    }

    @Override
    public List<QueryLiteral> getValues(QueryCreationContext queryCreationContext, FunctionOperand operand,
                                        TerminalClause terminalClause) {
        SlaCondition condition;
        try {
            condition = condition(operand.getArgs());
        } catch (Refusal refusal) {
            // Jira validates first; a refused call matches nothing rather than failing the search.
            return List.of();
        }
        List<String> keys = queue.requestKeys(condition);
        if (keys.size() >= SlaQuery.MAX_MATCHES) {
            LOG.warn("{}() matched more than {} requests; Jira gets the first {} by due moment", getFunctionName(),
                    SlaQuery.MAX_MATCHES, SlaQuery.MAX_MATCHES);
        }
        List<QueryLiteral> literals = new ArrayList<>(keys.size());
        for (String key : keys) {
            literals.add(new QueryLiteral(operand, key));
        }
        return literals;
    }

    @Override
    public boolean isList() {
        return true;
    }

    @Override
    public JiraDataType getDataType() {
        return JiraDataTypes.ISSUE;
    }

    /** The goal an argument names, refused unless some goal set knows it. */
    protected String goal(String argument) throws Refusal {
        String goal = argument == null ? "" : argument.trim();
        Set<String> goals = queue.goals();
        if (!goals.contains(goal)) {
            throw new Refusal("ma.jql.error.goal", argument, getFunctionName(), String.join(", ", goals));
        }
        return goal;
    }

    /** An optional goal: none, or one known goal. */
    protected Optional<String> optionalGoal(List<String> arguments, int at, String usageKey) throws Refusal {
        if (arguments.size() > at + 1) {
            throw new Refusal(usageKey, getFunctionName());
        }
        return arguments.size() == at + 1 ? Optional.of(goal(arguments.get(at))) : Optional.empty();
    }
}
