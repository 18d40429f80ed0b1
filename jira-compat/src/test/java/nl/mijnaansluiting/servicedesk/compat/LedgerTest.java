package nl.mijnaansluiting.servicedesk.compat;

import static org.junit.Assert.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.Test;

/**
 * Every public or protected member {@code jira-compat} declares must have a row in {@code jira-compat/ledger/*.md}
 * with exactly the same canonical declaration (see {@code ledger/README.md}). A declaration that differs from
 * Atlassian's javadoc makes the plugin link to a method Jira does not have, which only shows at run time as a
 * {@code NoSuchMethodError}; this test makes it show at build time instead.
 */
public class LedgerTest {

    private static final Set<String> STATUSES = Set.of("10.3", "10.x", "unconfirmed");
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final List<String> FAMILIES = List.of("jsm", "jira", "platform");

    /** One table row of a ledger file, with where it stands so a problem can be found quickly. */
    record Row(String file, int line, String declaration, String status, String source, int cells) {
        String where() {
            return file + ":" + line;
        }
    }

    @Test
    public void everyDeclarationHasItsLedgerRowAndEveryRowItsDeclaration() throws Exception {
        List<Canonical.Decl> declared = declarations();
        List<Row> rows = rows(ledgerDirectory());

        // family -> heading -> lines; families and headings in a fixed order so the message reads the same each run.
        Map<String, Map<String, List<String>>> problems = new LinkedHashMap<>();
        for (String f : FAMILIES) {
            problems.put(f, new LinkedHashMap<>());
        }
        String missing = "(a) declared but no row (paste into the ledger, then fill status, javadoc and source)";
        String differs = "(b) row differs from the declaration";
        String unknown = "(c) row names nothing jira-compat declares";
        String bad = "(d) bad row (status must be 10.3, 10.x or unconfirmed; source must hold an http(s) URL; 4 cells)";
        String dup = "(e) duplicate rows";

        Map<String, Row> byKey = new LinkedHashMap<>();
        for (Row r : rows) {
            String family = familyOf(Canonical.keyOf(r.declaration()));
            List<String> why = new ArrayList<>();
            if (!STATUSES.contains(r.status())) {
                why.add("status '" + r.status() + "'");
            }
            if (!URL.matcher(r.source()).find()) {
                why.add("no URL in source");
            }
            if (r.cells() != 4) {
                why.add(r.cells() + " cells");
            }
            if (!why.isEmpty()) {
                add(problems, family, bad, r.where() + "  " + String.join(", ", why) + ": `" + r.declaration() + "`");
            }
            if (!r.file().equals(family + ".md")) {
                add(problems, family, bad, r.where() + "  belongs in " + family + ".md: `" + r.declaration() + "`");
            }
            Row earlier = byKey.putIfAbsent(Canonical.keyOf(r.declaration()), r);
            if (earlier != null) {
                add(problems, family, dup, r.where() + " repeats " + earlier.where() + ": `" + r.declaration() + "`");
            }
        }

        Map<String, Canonical.Decl> declaredByKey = new LinkedHashMap<>();
        for (Canonical.Decl d : declared) {
            declaredByKey.put(d.key(), d);
        }

        // Same member (same key): the texts must be identical.
        List<Canonical.Decl> unmatchedDecls = new ArrayList<>();
        int unconfirmed = 0;
        for (Canonical.Decl d : declared) {
            Row r = byKey.get(d.key());
            if (r == null) {
                unmatchedDecls.add(d);
                continue;
            }
            if (r.status().equals("unconfirmed")) {
                unconfirmed++;
            }
            if (!r.declaration().equals(d.text())) {
                add(problems, familyOf(d.key()), differs, pair(r, d));
            }
        }
        List<Row> unmatchedRows = byKey.entrySet().stream()
                .filter(e -> !declaredByKey.containsKey(e.getKey())).map(Map.Entry::getValue)
                .collect(Collectors.toList());

        // A row and a member with the same owner and name but other parameter types (int vs Integer, say) are one
        // member declared differently, shown side by side; only when that pairing is unambiguous.
        Map<String, List<Canonical.Decl>> declsByLoose = unmatchedDecls.stream()
                .collect(Collectors.groupingBy(Canonical.Decl::looseKey, TreeMap::new, Collectors.toList()));
        Map<String, List<Row>> rowsByLoose = unmatchedRows.stream()
                .collect(Collectors.groupingBy(r -> Canonical.looseKeyOf(r.declaration()), TreeMap::new, Collectors.toList()));
        for (Map.Entry<String, List<Canonical.Decl>> e : declsByLoose.entrySet()) {
            List<Row> rs = rowsByLoose.get(e.getKey());
            if (rs != null && rs.size() == 1 && e.getValue().size() == 1) {
                Canonical.Decl d = e.getValue().get(0);
                add(problems, familyOf(d.key()), differs, pair(rs.get(0), d));
                unmatchedDecls.remove(d);
                unmatchedRows.remove(rs.get(0));
            }
        }
        for (Canonical.Decl d : unmatchedDecls) {
            add(problems, familyOf(d.key()), missing, "| `" + d.text() + "` |  |  |  |");
        }
        for (Row r : unmatchedRows) {
            add(problems, familyOf(Canonical.keyOf(r.declaration())), unknown, r.where() + "  `" + r.declaration() + "`");
        }

        String report = report(problems);
        if (!report.isEmpty()) {
            fail("jira-compat and its ledger disagree (" + declared.size() + " declarations, " + rows.size()
                    + " rows; see jira-compat/ledger/README.md for the canonical form):\n" + report);
        }
        System.out.println("LedgerTest: " + declared.size() + " declarations checked against the ledger, "
                + unconfirmed + " of them unconfirmed " + perFamily(declared, byKey));
    }

    private static String pair(Row r, Canonical.Decl d) {
        return r.where() + "\n        ledger: `" + r.declaration() + "`\n        class:  `" + d.text() + "`";
    }

    private static void add(Map<String, Map<String, List<String>>> problems, String family, String heading, String line) {
        problems.get(family).computeIfAbsent(heading, h -> new ArrayList<>()).add(line);
    }

    private static String report(Map<String, Map<String, List<String>>> problems) {
        StringBuilder sb = new StringBuilder();
        problems.forEach((family, headings) -> {
            if (headings.isEmpty()) {
                return;
            }
            sb.append("\n== ").append(family).append(".md ==\n");
            headings.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(h -> {
                sb.append("  ").append(h.getKey()).append(": ").append(h.getValue().size()).append('\n');
                h.getValue().forEach(l -> sb.append("    ").append(l).append('\n'));
            });
        });
        return sb.toString();
    }

    private static String perFamily(List<Canonical.Decl> declared, Map<String, Row> byKey) {
        return FAMILIES.stream().map(f -> {
            List<Canonical.Decl> mine = declared.stream().filter(d -> familyOf(d.key()).equals(f)).collect(Collectors.toList());
            long unc = mine.stream().filter(d -> byKey.get(d.key()).status().equals("unconfirmed")).count();
            return f + " " + mine.size() + "/" + unc;
        }).collect(Collectors.joining(", ", "(declarations/unconfirmed: ", ")"));
    }

    /** The family by package, as README.md's table of files says. */
    static String familyOf(String key) {
        String name = key.replaceFirst("^(type|field|new) ", "");
        if (name.startsWith("com.atlassian.servicedesk.")) {
            return "jsm";
        }
        if (name.startsWith("com.atlassian.jira.") || name.startsWith("org.ofbiz.")) {
            return "jira";
        }
        return "platform";
    }

    // ---- the classes ---------------------------------------------------------------------------------------

    /** Every declaration of every visible class in jira-compat's own output directory (nested classes included). */
    static List<Canonical.Decl> declarations() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Paths.get(com.atlassian.servicedesk.api.ServiceDesk.class
                .getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> names;
        try (Stream<Path> walk = Files.walk(classes)) {
            names = walk.filter(p -> p.toString().endsWith(".class"))
                    .map(p -> classes.relativize(p).toString().replace('\\', '/'))
                    .filter(n -> !n.endsWith("module-info.class") && !n.endsWith("package-info.class"))
                    .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
                    .sorted().collect(Collectors.toList());
        }
        if (names.size() < 10) {
            throw new IllegalStateException("found only " + names.size() + " classes under " + classes);
        }
        List<Canonical.Decl> out = new ArrayList<>();
        ClassLoader loader = LedgerTest.class.getClassLoader();
        for (String n : names) {
            Class<?> c = Class.forName(n, false, loader);
            if (Canonical.visibleType(c)) {
                out.addAll(Canonical.of(c));
            }
        }
        return out;
    }

    // ---- the ledger ----------------------------------------------------------------------------------------

    /** jira-compat/ledger, found from the module directory (Maven runs tests there) or the reactor root. */
    static Path ledgerDirectory() {
        for (Path p : List.of(Paths.get("ledger"), Paths.get("jira-compat", "ledger"))) {
            if (Files.isRegularFile(p.resolve("README.md"))) {
                return p;
            }
        }
        throw new IllegalStateException("no ledger directory under " + Paths.get("").toAbsolutePath());
    }

    /** The rows of every ledger file except README.md; a row is a table line whose first cell is in backticks. */
    static List<Row> rows(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().equals("README.md"))
                    .sorted().collect(Collectors.toList());
        }
        List<Row> rows = new ArrayList<>();
        for (Path f : files) {
            List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).trim();
                if (!line.startsWith("|")) {
                    continue;
                }
                List<String> cells = cells(line);
                // The header row and the |---| row have no backticked first cell.
                if (cells.isEmpty() || !cells.get(0).startsWith("`") || !cells.get(0).endsWith("`")
                        || cells.get(0).length() < 2) {
                    continue;
                }
                String decl = cells.get(0).substring(1, cells.get(0).length() - 1);
                rows.add(new Row(f.getFileName().toString(), i + 1, decl,
                        cells.size() > 1 ? cells.get(1) : "", cells.size() > 3 ? cells.get(3) : "", cells.size()));
            }
        }
        return rows;
    }

    /** The cells between the pipes; {@code \|} is a literal pipe (Markdown's escape). */
    static List<String> cells(String line) {
        String body = line.substring(1);
        if (body.endsWith("|") && !body.endsWith("\\|")) {
            body = body.substring(0, body.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char ch = body.charAt(i);
            if (ch == '\\' && i + 1 < body.length() && body.charAt(i + 1) == '|') {
                cell.append('|');
                i++;
            } else if (ch == '|') {
                cells.add(cell.toString().trim());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString().trim());
        return cells;
    }
}
