package nl.mijnaansluiting.servicedesk.escalation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.mijnaansluiting.servicedesk.error.FieldError;
import nl.mijnaansluiting.servicedesk.error.ProblemException;
import nl.mijnaansluiting.servicedesk.sla.Goal;
import nl.mijnaansluiting.servicedesk.text.Translated;
import nl.mijnaansluiting.servicedesk.text.TranslatedJson;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Escalation policies as JSON, what admins edit:
 * <pre>{"scheme":"borger-dk","levels":[{"nl":"Servicedesk","en":"Service desk"}, ...],
 *  "serviceManagers":"ma-servicemanagers","finalOwners":"ma-eindverantwoordelijken",
 *  "reasons":[{"key":"vertraging","name":{..},"meaning":{..}}],
 *  "steps":[{"metric":"resolution","priorities":["1"],"sharePercent":100,"notify":["SERVICE_MANAGER","GROUP"],
 *            "groups":["ma-2e-lijn"],"reassignTo":"2e-lijn","raiseLevel":true,"comment":{..},
 *            "repeat":false}]}</pre>
 * Reading checks it whole: steps of one goal out of order, a share of 0 or below, an unknown recipient
 * or group, a step that does nothing are refused with the field named.
 */
public final class EscalationDefinitions {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METRICS = Set.of(Goal.REACTION, Goal.RESOLUTION, Goal.AP_REPORT, Goal.RCA, Goal.ANSWER,
            Goal.STATUS_UPDATE, Goal.POST_REVIEW);
    private static final int MAX_SHARE = 1000;
    private static final int TEXT_MAX = 1000;

    private EscalationDefinitions() {
    }

    public static ObjectNode toJson(EscalationPolicy policy) {
        ObjectNode json = JSON.createObjectNode();
        json.put("scheme", policy.schemeKey());
        json.put("serviceManagers", policy.serviceManagers());
        json.put("finalOwners", policy.finalOwners());
        ArrayNode levels = json.putArray("levels");
        policy.levels().forEach(l -> levels.add(TranslatedJson.write(l)));
        ArrayNode reasons = json.putArray("reasons");
        policy.reasons().forEach(r -> reasons.addObject().put("key", r.key()).<ObjectNode>set("name", TranslatedJson.write(r.name()))
                .set("meaning", TranslatedJson.write(r.meaning())));
        ArrayNode steps = json.putArray("steps");
        for (EscalationStep step : policy.steps()) {
            ObjectNode s = steps.addObject();
            s.put("metric", step.metric());
            new TreeSet<>(step.priorities()).forEach(s.putArray("priorities")::add);
            s.put("sharePercent", step.sharePercent());
            ArrayNode notify = s.putArray("notify");
            step.recipients().stream().sorted().forEach(r -> notify.add(r.name()));
            step.groups().forEach(s.putArray("groups")::add);
            s.put("reassignTo", step.reassignTo().orElse(null));
            s.put("raiseLevel", step.raisesLevel());
            s.put("repeat", step.repeats());
            step.comment().ifPresent(c -> s.set("comment", TranslatedJson.write(c)));
        }
        return json;
    }

    /** Reads a policy; {@code groupExists} says whether a group a step notifies is known (Jira's groups). */
    public static EscalationPolicy read(JsonNode json, Predicate<String> groupExists) {
        if (json == null || !json.isObject()) {
            throw ProblemException.badInput("definition", "ma.priority.error.object");
        }
        List<FieldError> errors = new ArrayList<>();
        String scheme = TranslatedJson.text(json, "scheme");
        if (!scheme.matches("[a-z0-9][a-z0-9-]{0,59}")) {
            errors.add(new FieldError("scheme", "ma.priority.error.scheme-key", scheme));
        }
        List<Translated> levels = new ArrayList<>();
        JsonNode levelsJson = json.path("levels");
        if (!levelsJson.isArray() || levelsJson.size() < 2 || levelsJson.size() > 6) {
            errors.add(new FieldError("levels", "ma.escalation.error.levels"));
        } else {
            for (int i = 0; i < levelsJson.size(); i++) {
                Translated level = TranslatedJson.read(levelsJson.get(i), "levels[" + i + "]", 255, true, errors);
                if (level != null) {
                    levels.add(level);
                }
            }
        }
        String serviceManagers = group(json, "serviceManagers", groupExists, errors);
        String finalOwners = group(json, "finalOwners", groupExists, errors);
        List<EscalationPolicy.Reason> reasons = reasons(json.path("reasons"), errors);
        List<EscalationStep> steps = steps(json.path("steps"), groupExists, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalidForm(errors);
        }
        return new EscalationPolicy(scheme, levels, reasons, steps, serviceManagers, finalOwners);
    }

    private static String group(JsonNode json, String field, Predicate<String> groupExists, List<FieldError> errors) {
        String group = TranslatedJson.text(json, field);
        if (group.isEmpty()) {
            errors.add(new FieldError(field, "ma.form.error.required"));
        } else if (!groupExists.test(group)) {
            errors.add(new FieldError(field, "ma.escalation.error.unknown-group", group));
        }
        return group;
    }

    private static List<EscalationPolicy.Reason> reasons(JsonNode json, List<FieldError> errors) {
        List<EscalationPolicy.Reason> reasons = new ArrayList<>();
        if (!json.isArray() || json.isEmpty()) {
            errors.add(new FieldError("reasons", "ma.escalation.error.reasons"));
            return reasons;
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < json.size(); i++) {
            String path = "reasons[" + i + "]";
            String key = TranslatedJson.text(json.get(i), "key");
            if (!key.matches("[a-z0-9][a-z0-9-]{0,59}")) {
                errors.add(new FieldError(path + ".key", "ma.templates.error.key", key));
            } else if (!keys.add(key)) {
                errors.add(new FieldError(path + ".key", "ma.priority.error.duplicate", key));
            }
            Translated name = TranslatedJson.read(json.get(i).get("name"), path + ".name", 255, true, errors);
            Translated meaning = TranslatedJson.read(json.get(i).get("meaning"), path + ".meaning", TEXT_MAX, false, errors);
            if (name != null) {
                reasons.add(new EscalationPolicy.Reason(key, name, meaning == null ? Translated.of("", "") : meaning));
            }
        }
        return reasons;
    }

    private static List<EscalationStep> steps(JsonNode json, Predicate<String> groupExists, List<FieldError> errors) {
        List<EscalationStep> steps = new ArrayList<>();
        if (!json.isArray()) {
            errors.add(new FieldError("steps", "ma.priority.error.array"));
            return steps;
        }
        // The last share seen per goal (metric and priorities), to refuse steps out of order.
        Map<String, Integer> lastShare = new HashMap<>();
        for (int i = 0; i < json.size(); i++) {
            JsonNode s = json.get(i);
            String path = "steps[" + i + "]";
            int before = errors.size();
            String metric = TranslatedJson.text(s, "metric");
            if (!METRICS.contains(metric)) {
                errors.add(new FieldError(path + ".metric", "ma.sla.error.metric", metric));
            }
            Set<String> priorities = new TreeSet<>();
            s.path("priorities").forEach(p -> priorities.add(p.asText().trim()));
            priorities.remove("");
            int share = s.path("sharePercent").asInt(0);
            if (!s.path("sharePercent").isInt() || share <= 0 || share > MAX_SHARE) {
                errors.add(new FieldError(path + ".sharePercent", "ma.escalation.error.share", s.path("sharePercent").asText(), MAX_SHARE));
            } else {
                String goal = metric + "|" + priorities;
                Integer previous = lastShare.put(goal, share);
                if (previous != null && share <= previous) {
                    errors.add(new FieldError(path + ".sharePercent", "ma.escalation.error.order", share, previous));
                }
            }
            Set<EscalationStep.Recipient> notify = EnumSet.noneOf(EscalationStep.Recipient.class);
            JsonNode notifyJson = s.path("notify");
            for (int n = 0; n < notifyJson.size(); n++) {
                try {
                    notify.add(EscalationStep.Recipient.valueOf(notifyJson.get(n).asText()));
                } catch (IllegalArgumentException e) {
                    errors.add(new FieldError(path + ".notify[" + n + "]", "ma.escalation.error.recipient", notifyJson.get(n).asText()));
                }
            }
            List<String> groups = new ArrayList<>(new LinkedHashSet<>(texts(s.path("groups"))));
            if (notify.contains(EscalationStep.Recipient.GROUP) && groups.isEmpty()) {
                errors.add(new FieldError(path + ".groups", "ma.escalation.error.groups"));
            }
            for (int g = 0; g < groups.size(); g++) {
                if (!groupExists.test(groups.get(g))) {
                    errors.add(new FieldError(path + ".groups[" + g + "]", "ma.escalation.error.unknown-group", groups.get(g)));
                }
            }
            String reassignTo = TranslatedJson.text(s, "reassignTo");
            Translated comment = TranslatedJson.read(s.get("comment"), path + ".comment", TEXT_MAX, false, errors);
            EscalationStep step = new EscalationStep(metric, priorities, share, notify, groups,
                    reassignTo.isEmpty() ? null : reassignTo, s.path("raiseLevel").asBoolean(false), comment,
                    s.path("repeat").asBoolean(false));
            if (errors.size() == before && !step.doesSomething()) {
                errors.add(new FieldError(path, "ma.escalation.error.nothing"));
            }
            if (errors.size() == before) {
                steps.add(step);
            }
        }
        return steps;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> {
            String text = n.asText().trim();
            if (!text.isEmpty()) {
                texts.add(text);
            }
        });
        return texts;
    }
}
