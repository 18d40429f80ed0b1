package nl.mijnaansluiting.servicedesk.web;

import com.fasterxml.jackson.databind.JsonNode;
import nl.mijnaansluiting.servicedesk.escalation.EscalationStep;
import nl.mijnaansluiting.servicedesk.sla.Goal;
import nl.mijnaansluiting.servicedesk.text.Messages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The escalation policy editor's form: the groups behind service manager and final owner, the levels and the reasons
 * in Dutch and English, and per step its goal, priorities, share of the target, who is told, hand-over, level and
 * comment. The form's fields are the policy's JSON members, so nothing needs translating back.
 */
final class EscalationPolicyForm {

    private static final List<String> METRICS = List.of(Goal.REACTION, Goal.RESOLUTION, Goal.ANSWER, Goal.AP_REPORT,
            Goal.RCA, Goal.STATUS_UPDATE, Goal.POST_REVIEW);

    private EscalationPolicyForm() {
    }

    static Map<String, Object> view(JsonNode definition, FormErrors errors, Messages messages, Locale locale) {
        Map<String, Object> form = new HashMap<>();
        form.put("scheme", FormViews.text(definition, "scheme"));
        form.put("schemeErrors", errors.at("scheme"));
        for (String group : new String[] {"serviceManagers", "finalOwners"}) {
            form.put(group, FormViews.text(definition, group));
            form.put(group + "Errors", errors.at(group));
        }
        form.put("levelsErrors", errors.at("levels"));
        List<Map<String, Object>> levels = new ArrayList<>();
        List<JsonNode> levelRows = FormViews.rows(definition, "levels");
        for (int i = 0; i <= levelRows.size(); i++) {
            JsonNode level = i < levelRows.size() ? levelRows.get(i) : null;
            String place = "levels[" + i + "]";
            Map<String, Object> row = translated(level, place, errors);
            row.put("p", place);
            row.put("id", FormViews.id(place));
            row.put("spare", level == null);
            levels.add(row);
        }
        form.put("levels", levels);

        form.put("reasonsErrors", errors.at("reasons"));
        List<Map<String, Object>> reasons = new ArrayList<>();
        List<JsonNode> reasonRows = FormViews.rows(definition, "reasons");
        for (int i = 0; i <= reasonRows.size(); i++) {
            JsonNode reason = i < reasonRows.size() ? reasonRows.get(i) : null;
            String place = "reasons[" + i + "]";
            Map<String, Object> row = new HashMap<>();
            row.put("p", place);
            row.put("id", FormViews.id(place));
            row.put("spare", reason == null);
            row.put("key", FormViews.text(reason, "key"));
            row.put("keyErrors", errors.at(place + ".key"));
            row.put("name", translated(reason == null ? null : reason.get("name"), place + ".name", errors));
            row.put("meaning", translated(reason == null ? null : reason.get("meaning"), place + ".meaning", errors));
            reasons.add(row);
        }
        form.put("reasons", reasons);

        form.put("stepsErrors", errors.at("steps"));
        Map<String, String> metrics = new LinkedHashMap<>();
        METRICS.forEach(m -> metrics.put(m, messages.text(locale, "ma.sla.metric." + m)));
        List<Map<String, Object>> steps = new ArrayList<>();
        List<JsonNode> stepRows = FormViews.rows(definition, "steps");
        for (int i = 0; i <= stepRows.size(); i++) {
            JsonNode step = i < stepRows.size() ? stepRows.get(i) : null;
            String place = "steps[" + i + "]";
            Map<String, Object> row = new HashMap<>();
            row.put("p", place);
            row.put("number", i + 1);
            row.put("id", FormViews.id(place));
            row.put("spare", step == null);
            row.put("metrics", FormViews.options(metrics, FormViews.text(step, "metric"), true));
            row.put("metricErrors", errors.at(place + ".metric"));
            row.put("priorities", FormViews.joined(step, "priorities"));
            row.put("share", FormViews.text(step, "sharePercent"));
            row.put("shareErrors", errors.at(place + ".sharePercent"));
            Set<String> notified = new HashSet<>();
            FormViews.rows(step, "notify").forEach(n -> notified.add(n.asText()));
            List<Map<String, Object>> notify = new ArrayList<>();
            List<String> notifyErrors = new ArrayList<>();
            for (EscalationStep.Recipient recipient : EscalationStep.Recipient.values()) {
                notify.add(FormViews.option(recipient.name(), messages.text(locale,
                        "ma.escalation.recipient." + recipient.name().toLowerCase(Locale.ROOT)), notified.contains(recipient.name())));
            }
            for (int n = 0; n < FormViews.rows(step, "notify").size(); n++) {
                notifyErrors.addAll(errors.at(place + ".notify[" + n + "]"));
            }
            row.put("recipients", notify);
            row.put("notifyErrors", notifyErrors);
            row.put("groups", FormViews.joined(step, "groups"));
            List<String> groupErrors = new ArrayList<>(errors.at(place + ".groups"));
            for (int g = 0; g < FormViews.rows(step, "groups").size(); g++) {
                groupErrors.addAll(errors.at(place + ".groups[" + g + "]"));
            }
            row.put("groupsErrors", groupErrors);
            row.put("reassignTo", FormViews.text(step, "reassignTo"));
            row.put("raiseLevel", step != null && step.path("raiseLevel").asBoolean(false));
            row.put("repeat", step != null && step.path("repeat").asBoolean(false));
            row.put("comment", translated(step == null ? null : step.get("comment"), place + ".comment", errors));
            row.put("errors", errors.at(place));
            steps.add(row);
        }
        form.put("steps", steps);
        return form;
    }

    /** A text in Dutch and English with the errors of either language and of the whole. */
    private static Map<String, Object> translated(JsonNode text, String place, FormErrors errors) {
        Map<String, Object> row = new HashMap<>();
        row.put("nl", FormViews.text(text, "nl"));
        row.put("en", FormViews.text(text, "en"));
        List<String> all = new ArrayList<>(errors.at(place));
        all.addAll(errors.at(place + ".nl"));
        all.addAll(errors.at(place + ".en"));
        row.put("errors", all);
        return row;
    }
}
