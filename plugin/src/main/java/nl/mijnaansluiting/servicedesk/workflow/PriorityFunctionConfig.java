package nl.mijnaansluiting.servicedesk.workflow;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The arguments of the post-function "Prioriteit bepalen uit antwoorden", as stored on the workflow:
 * the scheme; the product (a fixed key, or the custom field that holds it); per question the custom
 * field holding its answer ("situatie=customfield_10100" lines, or "LIP:situatie=customfield_10101" for
 * one product, when each product has its own field for the question); per level the Jira priority id
 * ("K=1" lines); and whether an error fails the transition.
 */
final class PriorityFunctionConfig {

    static final String SCHEME = "scheme";
    static final String PRODUCT = "product";
    static final String PRODUCT_FIELD = "productFieldId";
    /** The date-time field in which the deelnemer states when the outage began (seed 001; optional). */
    static final String OUTAGE_START_FIELD = "outageStartFieldId";
    static final String QUESTION_FIELDS = "questionFields";
    static final String LEVEL_PRIORITIES = "levelPriorities";
    static final String FAIL_ON_ERROR = "failOnError";

    final String scheme;
    final String product;
    final String productField;
    final String outageStartField;
    final Map<String, String> questionFields;
    final Map<String, String> levelPriorities;
    final boolean failOnError;

    PriorityFunctionConfig(Map<?, ?> args) {
        this.scheme = text(args.get(SCHEME));
        this.product = text(args.get(PRODUCT));
        this.productField = text(args.get(PRODUCT_FIELD));
        this.outageStartField = text(args.get(OUTAGE_START_FIELD));
        this.questionFields = pairs(text(args.get(QUESTION_FIELDS)));
        this.levelPriorities = pairs(text(args.get(LEVEL_PRIORITIES)));
        this.failOnError = Boolean.parseBoolean(text(args.get(FAIL_ON_ERROR)));
    }

    /** Question key to field id for one product: its own "PRODUCT:question" lines win over plain ones. */
    Map<String, String> fieldsFor(String product) {
        Map<String, String> fields = new LinkedHashMap<>();
        questionFields.forEach((question, field) -> {
            if (question.indexOf(':') < 0) {
                fields.putIfAbsent(question, field);
            }
        });
        String own = product + ":";
        questionFields.forEach((question, field) -> {
            if (question.startsWith(own) && question.length() > own.length()) {
                fields.put(question.substring(own.length()), field);
            }
        });
        return fields;
    }

    /** Whether a field is named for the question, for this product or for all. */
    boolean maps(String product, String question) {
        return questionFields.containsKey(question) || questionFields.containsKey(product + ":" + question);
    }

    /** "a=b" pairs, one per line or comma-separated; blank and malformed parts are left out. */
    static Map<String, String> pairs(String text) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String part : text.split("[,\\n\\r]+")) {
            int equals = part.indexOf('=');
            if (equals > 0 && equals < part.trim().length()) {
                String key = part.substring(0, equals).trim();
                String value = part.substring(equals + 1).trim();
                if (!key.isEmpty() && !value.isEmpty()) {
                    pairs.put(key, value);
                }
            }
        }
        return pairs;
    }

    static String format(Map<String, String> pairs) {
        StringBuilder text = new StringBuilder();
        pairs.forEach((k, v) -> text.append(text.length() == 0 ? "" : "\n").append(k).append('=').append(v));
        return text.toString();
    }

    static String text(Object value) {
        if (value instanceof String[]) {
            String[] values = (String[]) value;
            return values.length == 0 || values[0] == null ? "" : values[0].trim();
        }
        return value == null ? "" : value.toString().trim();
    }
}
