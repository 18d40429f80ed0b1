package nl.mijnaansluiting.servicedesk.priority;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.mijnaansluiting.servicedesk.error.FieldError;
import nl.mijnaansluiting.servicedesk.error.ProblemException;
import nl.mijnaansluiting.servicedesk.text.Translated;
import nl.mijnaansluiting.servicedesk.text.TranslatedJson;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Priority schemes as JSON: what admins edit, import and export, and what the store keeps per version.
 * <pre>{"key":"mijn-aansluiting","name":{"nl":..,"en":..},"levels":[{"key":"K","name":{..}}],
 *  "products":[{"key":"LIP","name":{..},
 *    "questions":[{"key":"situatie","type":"CHOICE","required":true,"label":{..},"options":[{"key":..,"label":{..}}]}],
 *    "rules":[{"id":"K","level":"K","when":CONDITION},
 *             {"id":"m","matrix":{"rows":"urgentie","columns":"impact","cells":{"hoog":{"hoog":"1"}}}}],
 *    "default":{"level":"L","reason":{..}}, "cap":{"level":"H","reason":{..}},
 *    "environment":{"question":"omgeving","production":"productie"}}],
 *  "flags":[{"key":"calamiteit","when":CONDITION}]}
 * CONDITION: {"choice":"q","options":["a"]} | {"yesNo":"q","expected":true,"criterion":{..}}
 *          | {"range":"q","min":100,"minInclusive":true,"max":null,"maxInclusive":false,"criterion":{..}}
 *          | {"all":[CONDITION..]} | {"any":[CONDITION..]}</pre>
 * Reading checks everything at once and names each wrong place ("products[0].rules[2].level"); a scheme
 * read here is compiled: evaluating it parses nothing again.
 */
public final class SchemeDefinitions {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Scheme keys appear in addresses. */
    private static final Pattern SCHEME_KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");
    /** Products, levels, questions, options and rules are named as the seeds name them (Borger.dk, høj). */
    private static final Pattern KEY = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,59}");
    private static final int LABEL_MAX = 1000;
    private static final int MAX_LEVELS = 10;
    private static final int MAX_NESTING = 8;

    private SchemeDefinitions() {
    }

    // ---------------------------------------------------------------- writing

    public static String write(PriorityScheme scheme) {
        return toJson(scheme).toString();
    }

    public static String writePretty(PriorityScheme scheme) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(toJson(scheme));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ObjectNode toJson(PriorityScheme scheme) {
        ObjectNode json = JSON.createObjectNode();
        json.put("key", scheme.key());
        json.set("name", TranslatedJson.write(scheme.name()));
        ArrayNode levels = json.putArray("levels");
        scheme.levels().forEach(l -> levels.addObject().put("key", l.key()).set("name", TranslatedJson.write(l.name())));
        ArrayNode products = json.putArray("products");
        scheme.products().forEach(p -> products.add(product(p)));
        ArrayNode flags = json.putArray("flags");
        scheme.flags().forEach(f -> flags.addObject().put("key", f.key).set("when", condition(f.condition)));
        return json;
    }

    private static ObjectNode product(Product product) {
        ObjectNode json = JSON.createObjectNode();
        json.put("key", product.key());
        json.set("name", TranslatedJson.write(product.name()));
        ArrayNode questions = json.putArray("questions");
        for (Question question : product.questions()) {
            ObjectNode q = questions.addObject();
            q.put("key", question.key());
            q.put("type", question.type().name());
            q.put("required", question.required());
            q.set("label", TranslatedJson.write(question.label()));
            if (question.type() == Question.Type.CHOICE) {
                ArrayNode options = q.putArray("options");
                question.options().forEach(o -> options.addObject().put("key", o.key()).set("label", TranslatedJson.write(o.label())));
            }
        }
        ArrayNode rules = json.putArray("rules");
        for (PriorityRule rule : product.rules()) {
            ObjectNode r = rules.addObject();
            r.put("id", rule.id());
            if (rule instanceof PriorityRule.When) {
                PriorityRule.When when = (PriorityRule.When) rule;
                r.put("level", when.level);
                r.set("when", condition(when.condition));
            } else {
                PriorityRule.Matrix matrix = (PriorityRule.Matrix) rule;
                ObjectNode m = r.putObject("matrix");
                m.put("rows", matrix.rowQuestion);
                m.put("columns", matrix.columnQuestion);
                ObjectNode cells = m.putObject("cells");
                // In the order of the questions' options, so an export reads like the seed's table.
                for (Question.Option row : product.question(matrix.rowQuestion).orElseThrow().options()) {
                    Map<String, String> columns = matrix.cells.get(row.key());
                    if (columns == null) {
                        continue;
                    }
                    ObjectNode c = cells.putObject(row.key());
                    for (Question.Option column : product.question(matrix.columnQuestion).orElseThrow().options()) {
                        if (columns.containsKey(column.key())) {
                            c.put(column.key(), columns.get(column.key()));
                        }
                    }
                }
            }
        }
        json.putObject("default").put("level", product.defaultLevel()).set("reason", TranslatedJson.write(product.defaultReason()));
        product.cap().ifPresent(cap -> json.putObject("cap").put("level", cap.maxLevel).set("reason", TranslatedJson.write(cap.reason)));
        if (product.environmentQuestion() != null) {
            json.putObject("environment").put("question", product.environmentQuestion()).put("production", product.productionOption());
        }
        return json;
    }

    private static ObjectNode condition(Condition condition) {
        ObjectNode json = JSON.createObjectNode();
        if (condition instanceof Condition.Choice) {
            Condition.Choice choice = (Condition.Choice) condition;
            json.put("choice", choice.question);
            ArrayNode options = json.putArray("options");
            choice.options.forEach(options::add);
        } else if (condition instanceof Condition.YesNo) {
            Condition.YesNo yesNo = (Condition.YesNo) condition;
            json.put("yesNo", yesNo.question).put("expected", yesNo.expected).set("criterion", TranslatedJson.write(yesNo.criterion));
        } else if (condition instanceof Condition.Range) {
            Condition.Range range = (Condition.Range) condition;
            json.put("range", range.question);
            json.put("min", range.min);
            json.put("minInclusive", range.minInclusive);
            json.put("max", range.max);
            json.put("maxInclusive", range.maxInclusive);
            json.set("criterion", TranslatedJson.write(range.criterion));
        } else if (condition instanceof Condition.All) {
            ArrayNode parts = json.putArray("all");
            ((Condition.All) condition).parts.forEach(c -> parts.add(condition(c)));
        } else if (condition instanceof Condition.Any) {
            ArrayNode parts = json.putArray("any");
            ((Condition.Any) condition).parts.forEach(c -> parts.add(condition(c)));
        } else {
            throw new IllegalStateException("unhandled condition " + condition.getClass());
        }
        return json;
    }

    // ---------------------------------------------------------------- reading

    /** Reads stored JSON text (written by this class). */
    public static PriorityScheme read(String json) {
        return read(parse(json));
    }

    /** Parses JSON text an admin sent or uploaded; a syntax error is a 400 naming the definition. */
    public static JsonNode parse(String json) {
        try {
            return JSON.readTree(json == null ? "" : json);
        } catch (JsonProcessingException e) {
            throw ProblemException.badInput("definition", "ma.priority.error.json", TranslatedJson.where(e));
        }
    }

    /** Reads a definition, or refuses it naming every wrong place. */
    public static PriorityScheme read(JsonNode json) {
        if (json == null || !json.isObject()) {
            throw ProblemException.badInput("definition", "ma.priority.error.object");
        }
        List<FieldError> errors = new ArrayList<>();
        String key = TranslatedJson.text(json, "key");
        if (!SCHEME_KEY.matcher(key).matches()) {
            errors.add(new FieldError("key", "ma.priority.error.scheme-key", key));
        }
        Translated name = TranslatedJson.read(json.get("name"), "name", LABEL_MAX, true, errors);
        List<PriorityScheme.Level> levels = levels(json.get("levels"), errors);
        Set<String> levelKeys = new HashSet<>();
        levels.forEach(l -> levelKeys.add(l.key()));
        List<Product> products = new ArrayList<>();
        JsonNode productsJson = json.get("products");
        if (productsJson == null || !productsJson.isArray() || productsJson.isEmpty()) {
            errors.add(new FieldError("products", "ma.priority.error.products"));
        } else {
            Set<String> productKeys = new HashSet<>();
            for (int i = 0; i < productsJson.size(); i++) {
                Product product = product(productsJson.get(i), "products[" + i + "]", levelKeys, productKeys, errors);
                if (product != null) {
                    products.add(product);
                }
            }
        }
        List<PriorityScheme.FlagRule> flags = flags(json.get("flags"), products, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalidForm(errors);
        }
        return new PriorityScheme(key, name, levels, products, flags);
    }

    private static List<PriorityScheme.Level> levels(JsonNode json, List<FieldError> errors) {
        List<PriorityScheme.Level> levels = new ArrayList<>();
        if (json == null || !json.isArray() || json.isEmpty() || json.size() > MAX_LEVELS) {
            errors.add(new FieldError("levels", "ma.priority.error.levels", MAX_LEVELS));
            return levels;
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < json.size(); i++) {
            String path = "levels[" + i + "]";
            String key = key(json.get(i), "key", path, keys, errors);
            Translated name = TranslatedJson.read(json.get(i).get("name"), path + ".name", LABEL_MAX, true, errors);
            if (key != null && name != null) {
                levels.add(new PriorityScheme.Level(key, name));
            }
        }
        return levels;
    }

    private static Product product(JsonNode json, String path, Set<String> levels, Set<String> productKeys,
                                   List<FieldError> errors) {
        int before = errors.size();
        String key = key(json, "key", path, productKeys, errors);
        Translated name = TranslatedJson.read(json.get("name"), path + ".name", LABEL_MAX, true, errors);
        Map<String, Question> questions = questions(json.get("questions"), path, errors);
        List<PriorityRule> rules = new ArrayList<>();
        JsonNode rulesJson = json.get("rules");
        if (rulesJson != null && !rulesJson.isNull() && !rulesJson.isArray()) {
            errors.add(new FieldError(path + ".rules", "ma.priority.error.array"));
        } else if (rulesJson != null && rulesJson.isArray()) {
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < rulesJson.size(); i++) {
                PriorityRule rule = rule(rulesJson.get(i), path + ".rules[" + i + "]", levels, questions, ids, errors);
                if (rule != null) {
                    rules.add(rule);
                }
            }
        }
        JsonNode fallback = json.get("default");
        String defaultLevel = level(fallback, "level", path + ".default.level", levels, errors);
        Translated defaultReason = TranslatedJson.read(fallback == null ? null : fallback.get("reason"),
                path + ".default.reason", LABEL_MAX, true, errors);
        Product.Cap cap = null;
        JsonNode capJson = json.get("cap");
        if (capJson != null && !capJson.isNull()) {
            String capLevel = level(capJson, "level", path + ".cap.level", levels, errors);
            Translated reason = TranslatedJson.read(capJson.get("reason"), path + ".cap.reason", LABEL_MAX, true, errors);
            if (capLevel != null && reason != null) {
                cap = new Product.Cap(capLevel, reason);
            }
        }
        String environment = null;
        String production = null;
        JsonNode environmentJson = json.get("environment");
        if (environmentJson != null && !environmentJson.isNull()) {
            environment = TranslatedJson.text(environmentJson, "question");
            production = TranslatedJson.text(environmentJson, "production");
            Question question = questions.get(environment);
            if (question == null || question.type() != Question.Type.CHOICE) {
                errors.add(new FieldError(path + ".environment.question", "ma.priority.error.choice-question", environment));
            } else if (question.option(production).isEmpty()) {
                errors.add(new FieldError(path + ".environment.production", "ma.priority.error.unknown-option-of",
                        production, environment));
            }
        }
        if (errors.size() > before) {
            return null;
        }
        return new Product(key, name, new ArrayList<>(questions.values()), rules, defaultLevel, defaultReason, cap,
                environment, production);
    }

    private static Map<String, Question> questions(JsonNode json, String productPath, List<FieldError> errors) {
        Map<String, Question> questions = new LinkedHashMap<>();
        if (json == null || !json.isArray() || json.isEmpty()) {
            errors.add(new FieldError(productPath + ".questions", "ma.priority.error.questions"));
            return questions;
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < json.size(); i++) {
            JsonNode q = json.get(i);
            String path = productPath + ".questions[" + i + "]";
            String key = key(q, "key", path, keys, errors);
            Translated label = TranslatedJson.read(q.get("label"), path + ".label", LABEL_MAX, true, errors);
            Question.Type type = null;
            try {
                type = Question.Type.valueOf(TranslatedJson.text(q, "type"));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(path + ".type", "ma.priority.error.question-type", TranslatedJson.text(q, "type")));
            }
            boolean required = q.path("required").asBoolean(true);
            List<Question.Option> options = new ArrayList<>();
            JsonNode optionsJson = q.get("options");
            if (type == Question.Type.CHOICE) {
                if (optionsJson == null || !optionsJson.isArray() || optionsJson.isEmpty()) {
                    errors.add(new FieldError(path + ".options", "ma.priority.error.options"));
                } else {
                    Set<String> optionKeys = new HashSet<>();
                    for (int o = 0; o < optionsJson.size(); o++) {
                        String optionPath = path + ".options[" + o + "]";
                        String optionKey = key(optionsJson.get(o), "key", optionPath, optionKeys, errors);
                        Translated optionLabel = TranslatedJson.read(optionsJson.get(o).get("label"), optionPath + ".label",
                                LABEL_MAX, true, errors);
                        if (optionKey != null && optionLabel != null) {
                            options.add(new Question.Option(optionKey, optionLabel));
                        }
                    }
                }
            } else if (optionsJson != null && !optionsJson.isNull() && optionsJson.size() > 0) {
                errors.add(new FieldError(path + ".options", "ma.priority.error.options-only-for-choice"));
            }
            if (key != null && label != null && type != null) {
                questions.put(key, Question.of(key, label, type, required, options));
            }
        }
        return questions;
    }

    private static PriorityRule rule(JsonNode json, String path, Set<String> levels, Map<String, Question> questions,
                                     Set<String> ids, List<FieldError> errors) {
        int before = errors.size();
        String id = key(json, "id", path, ids, errors);
        boolean hasWhen = json.has("when") && !json.get("when").isNull();
        boolean hasMatrix = json.has("matrix") && !json.get("matrix").isNull();
        if (hasWhen == hasMatrix) {
            errors.add(new FieldError(path, "ma.priority.error.rule-kind"));
            return null;
        }
        if (hasWhen) {
            String level = level(json, "level", path + ".level", levels, errors);
            Condition condition = condition(json.get("when"), path + ".when", questions, errors, 0);
            return errors.size() > before ? null : PriorityRule.when(id, condition, level);
        }
        JsonNode matrix = json.get("matrix");
        String rows = TranslatedJson.text(matrix, "rows");
        String columns = TranslatedJson.text(matrix, "columns");
        Question rowQuestion = choiceQuestion(rows, path + ".matrix.rows", questions, errors);
        Question columnQuestion = choiceQuestion(columns, path + ".matrix.columns", questions, errors);
        if (rows.equals(columns) && rowQuestion != null) {
            errors.add(new FieldError(path + ".matrix.columns", "ma.priority.error.matrix-same-question", rows));
        }
        JsonNode cellsJson = matrix.get("cells");
        Map<String, Map<String, String>> cells = new LinkedHashMap<>();
        if (cellsJson == null || !cellsJson.isObject() || cellsJson.isEmpty()) {
            errors.add(new FieldError(path + ".matrix.cells", "ma.priority.error.matrix-cells"));
        } else if (rowQuestion != null && columnQuestion != null) {
            for (Iterator<Map.Entry<String, JsonNode>> r = cellsJson.fields(); r.hasNext(); ) {
                Map.Entry<String, JsonNode> row = r.next();
                String rowPath = path + ".matrix.cells." + row.getKey();
                if (rowQuestion.option(row.getKey()).isEmpty()) {
                    errors.add(new FieldError(rowPath, "ma.priority.error.unknown-option-of", row.getKey(), rows));
                    continue;
                }
                if (!row.getValue().isObject()) {
                    errors.add(new FieldError(rowPath, "ma.priority.error.matrix-cells"));
                    continue;
                }
                Map<String, String> line = new LinkedHashMap<>();
                for (Iterator<Map.Entry<String, JsonNode>> c = row.getValue().fields(); c.hasNext(); ) {
                    Map.Entry<String, JsonNode> cell = c.next();
                    String cellPath = rowPath + "." + cell.getKey();
                    if (columnQuestion.option(cell.getKey()).isEmpty()) {
                        errors.add(new FieldError(cellPath, "ma.priority.error.unknown-option-of", cell.getKey(), columns));
                    } else if (!cell.getValue().isTextual() || !levels.contains(cell.getValue().asText())) {
                        errors.add(new FieldError(cellPath, "ma.priority.error.unknown-level", cell.getValue().asText()));
                    } else {
                        line.put(cell.getKey(), cell.getValue().asText());
                    }
                }
                cells.put(row.getKey(), line);
            }
        }
        return errors.size() > before ? null : PriorityRule.matrix(id, rows, columns, cells);
    }

    private static Condition condition(JsonNode json, String path, Map<String, Question> questions,
                                       List<FieldError> errors, int depth) {
        if (json == null || !json.isObject()) {
            errors.add(new FieldError(path, "ma.priority.error.condition"));
            return null;
        }
        if (depth > MAX_NESTING) {
            errors.add(new FieldError(path, "ma.priority.error.nesting", MAX_NESTING));
            return null;
        }
        List<String> kinds = new ArrayList<>();
        for (String kind : List.of("choice", "yesNo", "range", "all", "any")) {
            if (json.has(kind)) {
                kinds.add(kind);
            }
        }
        if (kinds.size() != 1) {
            errors.add(new FieldError(path, "ma.priority.error.condition"));
            return null;
        }
        String kind = kinds.get(0);
        int before = errors.size();
        switch (kind) {
            case "choice": {
                String question = TranslatedJson.text(json, "choice");
                Question q = choiceQuestion(question, path + ".choice", questions, errors);
                JsonNode options = json.get("options");
                List<String> chosen = new ArrayList<>();
                if (options == null || !options.isArray() || options.isEmpty()) {
                    errors.add(new FieldError(path + ".options", "ma.priority.error.condition-options"));
                } else if (q != null) {
                    for (int i = 0; i < options.size(); i++) {
                        String option = options.get(i).asText();
                        if (q.option(option).isEmpty()) {
                            errors.add(new FieldError(path + ".options[" + i + "]", "ma.priority.error.unknown-option-of",
                                    option, question));
                        }
                        chosen.add(option);
                    }
                }
                return errors.size() > before ? null : Condition.choice(question, chosen.toArray(String[]::new));
            }
            case "yesNo": {
                String question = TranslatedJson.text(json, "yesNo");
                typedQuestion(question, path + ".yesNo", questions, errors, Question.Type.YES_NO);
                JsonNode expected = json.get("expected");
                if (expected == null || !expected.isBoolean()) {
                    errors.add(new FieldError(path + ".expected", "ma.priority.error.expected"));
                }
                Translated criterion = TranslatedJson.read(json.get("criterion"), path + ".criterion", LABEL_MAX, true, errors);
                return errors.size() > before ? null : Condition.yesNo(question, expected.booleanValue(), criterion);
            }
            case "range": {
                String question = TranslatedJson.text(json, "range");
                typedQuestion(question, path + ".range", questions, errors, Question.Type.NUMBER, Question.Type.PERCENTAGE);
                BigDecimal min = bound(json, "min", path, errors);
                BigDecimal max = bound(json, "max", path, errors);
                if (json.path("min").isMissingNode() && json.path("max").isMissingNode()
                        || json.path("min").isNull() && json.path("max").isNull()) {
                    errors.add(new FieldError(path + ".min", "ma.priority.error.range-bounds"));
                }
                Translated criterion = TranslatedJson.read(json.get("criterion"), path + ".criterion", LABEL_MAX, true, errors);
                return errors.size() > before ? null : Condition.range(question, min, json.path("minInclusive").asBoolean(false),
                        max, json.path("maxInclusive").asBoolean(false), criterion);
            }
            default: {
                JsonNode parts = json.get(kind);
                if (parts == null || !parts.isArray() || parts.isEmpty()) {
                    errors.add(new FieldError(path + "." + kind, "ma.priority.error.condition-parts"));
                    return null;
                }
                List<Condition> conditions = new ArrayList<>();
                for (int i = 0; i < parts.size(); i++) {
                    conditions.add(condition(parts.get(i), path + "." + kind + "[" + i + "]", questions, errors, depth + 1));
                }
                if (errors.size() > before) {
                    return null;
                }
                Condition[] array = conditions.toArray(Condition[]::new);
                return "all".equals(kind) ? Condition.all(array) : Condition.any(array);
            }
        }
    }

    private static BigDecimal bound(JsonNode json, String name, String path, List<FieldError> errors) {
        JsonNode value = json.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            errors.add(new FieldError(path + "." + name, "ma.priority.error.bound", value.asText()));
            return null;
        }
        return value.decimalValue();
    }

    private static List<PriorityScheme.FlagRule> flags(JsonNode json, List<Product> products, List<FieldError> errors) {
        List<PriorityScheme.FlagRule> flags = new ArrayList<>();
        if (json == null || json.isNull()) {
            return flags;
        }
        if (!json.isArray()) {
            errors.add(new FieldError("flags", "ma.priority.error.array"));
            return flags;
        }
        // A flag is tested on the answers of whichever product was reported; its questions come from any product.
        Map<String, Question> questions = new LinkedHashMap<>();
        products.forEach(p -> p.questions().forEach(q -> questions.putIfAbsent(q.key(), q)));
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < json.size(); i++) {
            String path = "flags[" + i + "]";
            String key = key(json.get(i), "key", path, keys, errors);
            Condition condition = condition(json.get(i).get("when"), path + ".when", questions, errors, 0);
            if (key != null && condition != null) {
                flags.add(new PriorityScheme.FlagRule(key, condition));
            }
        }
        return flags;
    }

    // ---------------------------------------------------------------- helpers

    /** A key at {@code json.name}, well-formed and not seen before in {@code seen}; null (and an error) otherwise. */
    private static String key(JsonNode json, String name, String path, Set<String> seen, List<FieldError> errors) {
        String key = TranslatedJson.text(json, name);
        if (!KEY.matcher(key).matches()) {
            errors.add(new FieldError(path + "." + name, "ma.priority.error.key", key));
            return null;
        }
        if (!seen.add(key)) {
            errors.add(new FieldError(path + "." + name, "ma.priority.error.duplicate", key));
            return null;
        }
        return key;
    }

    private static String level(JsonNode json, String name, String path, Set<String> levels, List<FieldError> errors) {
        String level = TranslatedJson.text(json, name);
        if (!levels.contains(level)) {
            errors.add(new FieldError(path, "ma.priority.error.unknown-level", level));
            return null;
        }
        return level;
    }

    private static Question choiceQuestion(String key, String path, Map<String, Question> questions, List<FieldError> errors) {
        Question question = questions.get(key);
        if (question == null || question.type() != Question.Type.CHOICE) {
            errors.add(new FieldError(path, "ma.priority.error.choice-question", key));
            return null;
        }
        return question;
    }

    private static Optional<Question> typedQuestion(String key, String path, Map<String, Question> questions,
                                                    List<FieldError> errors, Question.Type... types) {
        Question question = questions.get(key);
        if (question == null || !List.of(types).contains(question.type())) {
            errors.add(new FieldError(path, "ma.priority.error.question-of-type", key, List.of(types).toString()));
            return Optional.empty();
        }
        return Optional.of(question);
    }
}
