package nl.mijnaansluiting.servicedesk.hosttest;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The packages the system bundle exports, found the way Jira's package scanner finds them: every package of
 * the libraries on the host's class path that Jira gives its plugins. What Jira keeps to itself (here: Jersey,
 * HK2, Jetty, H2, the test tools) is not exported, so a plugin that relies on it cannot resolve.
 */
final class HostPackages {

    /** The libraries Jira 10.3 gives plugins, by jar name; the Atlassian API is jira-compat's stand-in. */
    private static final Pattern PROVIDED = Pattern.compile(
            "(jira-compat|activeobjects|osworkflow|propertyset|javax\\.ws\\.rs-api|javax\\.servlet-api|javax\\.inject"
                    + "|slf4j-api|jackson-(core|databind|annotations)|spring-(core|beans|context|aop|expression|jcl)"
                    + "|velocity-engine-core|osgi\\.cmpn)-[0-9].*\\.jar|jira-compat/target/classes");

    private static final Pattern VERSION = Pattern.compile(";\\s*version=\"?([0-9][^\";,]*)");

    private HostPackages() {
    }

    /** {@code org.osgi.framework.system.packages.extra}: each provided package at its version. */
    static String exports(HostVersions versions) {
        Map<String, String> packages = new TreeMap<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String normalised = entry.replace(File.separatorChar, '/');
            if (!PROVIDED.matcher(normalised).find()) {
                continue;
            }
            String version = versions.versionOf(normalised);
            Map<String, String> declared = declaredExports(Path.of(entry));
            for (String name : packagesIn(Path.of(entry))) {
                packages.putIfAbsent(name, declared.getOrDefault(name, version));
            }
        }
        List<String> clauses = new ArrayList<>();
        packages.forEach((name, version) -> clauses.add(name + ";version=\"" + versions.forPackage(name, version) + "\""));
        return String.join(",", clauses);
    }

    /** A jar that is a bundle itself says its packages' versions (Jackson, the OSGi compendium). */
    private static Map<String, String> declaredExports(Path entry) {
        Map<String, String> versions = new TreeMap<>();
        if (Files.isDirectory(entry)) {
            return versions;
        }
        try (JarFile jar = new JarFile(entry.toFile())) {
            String exports = jar.getManifest() == null ? null : jar.getManifest().getMainAttributes().getValue("Export-Package");
            if (exports == null) {
                return versions;
            }
            for (String clause : splitOutsideQuotes(exports)) {
                String[] parts = clause.split(";");
                Matcher version = VERSION.matcher(clause);
                versions.put(parts[0].trim(), version.find() ? version.group(1) : "0.0.0");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return versions;
    }

    private static List<String> splitOutsideQuotes(String header) {
        List<String> clauses = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                clauses.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        clauses.add(current.toString());
        return clauses;
    }

    private static List<String> packagesIn(Path entry) {
        List<String> names = new ArrayList<>();
        try {
            if (Files.isDirectory(entry)) {
                try (Stream<Path> files = Files.walk(entry)) {
                    files.filter(f -> f.toString().endsWith(".class"))
                            .map(f -> entry.relativize(f.getParent()).toString().replace(File.separatorChar, '.'))
                            .distinct().forEach(names::add);
                }
            } else {
                try (JarFile jar = new JarFile(entry.toFile())) {
                    jar.stream().map(JarEntry::getName)
                            .filter(n -> n.endsWith(".class") && n.indexOf('/') > 0 && !n.startsWith("META-INF/"))
                            .map(n -> n.substring(0, n.lastIndexOf('/')).replace('/', '.'))
                            .distinct().forEach(names::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
