package nl.mijnaansluiting.servicedesk.workflow;

import com.atlassian.jira.plugin.workflow.WorkflowPluginFunctionFactory;
import com.opensymphony.workflow.loader.AbstractDescriptor;
import com.opensymphony.workflow.loader.FunctionDescriptor;
import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.access.CallerSource;
import nl.mijnaansluiting.servicedesk.sla.RequestClocks;
import nl.mijnaansluiting.servicedesk.text.Messages;
import nl.mijnaansluiting.servicedesk.web.PageTexts;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The configuration screens of {@link SlaClockFunction}: which action, on which goals. */
public class SlaClockFunctionFactory implements WorkflowPluginFunctionFactory {

    private final CallerSource callers;
    private final Messages messages;

    public SlaClockFunctionFactory(CallerSource callers, Messages messages) {
        this.callers = callers;
        this.messages = messages;
    }

    @Override
    public Map<String, ?> getVelocityParams(String resourceName, AbstractDescriptor descriptor) {
        Locale locale = callers.current().map(Caller::locale).orElse(Messages.DUTCH);
        Map<?, ?> args = descriptor instanceof FunctionDescriptor ? ((FunctionDescriptor) descriptor).getArgs() : Map.of();
        String action = PriorityFunctionConfig.text(args.get(SlaClockFunction.ACTION));
        String metrics = PriorityFunctionConfig.text(args.get(SlaClockFunction.METRICS));
        Map<String, Object> params = new HashMap<>();
        params.put("texts", new PageTexts(messages, locale));
        params.put("clockAction", action);
        params.put("metrics", metrics);
        params.put("scheme", PriorityFunctionConfig.text(args.get(SlaClockFunction.SCHEME)));
        params.put("summary", SlaClockFunction.describe(messages, locale, action, metrics));
        params.put("actions", Arrays.stream(RequestClocks.ClockAction.values()).map(a -> Map.of("key", a.name(),
                "name", messages.text(locale, "ma.workflow.sla.action." + a.name().toLowerCase(Locale.ROOT))))
                .collect(Collectors.toList()));
        return params;
    }

    @Override
    public Map<String, ?> getDescriptorParams(Map<String, Object> formParams) {
        String action = SlaClockFunction.action(PriorityFunctionConfig.text(formParams.get(SlaClockFunction.ACTION)))
                .map(Enum::name).orElse(RequestClocks.ClockAction.PAUSE.name());
        String metrics = String.join(",", new java.util.TreeSet<>(SlaClockFunction.metrics(
                PriorityFunctionConfig.text(formParams.get(SlaClockFunction.METRICS)))));
        return Map.of(SlaClockFunction.ACTION, action, SlaClockFunction.METRICS, metrics, SlaClockFunction.SCHEME,
                PriorityFunctionConfig.text(formParams.get(SlaClockFunction.SCHEME)));
    }
}
