package nl.mijnaansluiting.servicedesk.hosttest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Properties;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * A bundle holding the XML schemas of the host's Spring. Gemini Blueprint looks up the schemas a context file
 * names (spring-beans.xsd) in the META-INF/spring.schemas of installed bundles; the host's Spring is on the
 * class path, not a bundle, so without this the lookup goes to the network. Jira's plugin system publishes
 * its Spring's schemas to Gemini in the same way.
 */
final class SpringSchemasBundle {

    private SpringSchemasBundle() {
    }

    static Path write(Path directory) throws IOException {
        Properties mappings = new Properties();
        StringBuilder merged = new StringBuilder();
        ClassLoader host = SpringSchemasBundle.class.getClassLoader();
        for (URL schemas : Collections.list(host.getResources("META-INF/spring.schemas"))) {
            if (!schemas.toString().contains("/spring-")) {
                continue; // only Spring's own jars, not Gemini's (its bundles publish their own)
            }
            try (InputStream in = schemas.openStream()) {
                String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
                merged.append(text).append('\n');
                mappings.load(new StringReader(text));
            }
        }
        Path jar = directory.resolve("host-spring-schemas.jar");
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "host.spring.schemas");
        main.putValue("Bundle-Version", "5.3.39");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.putNextEntry(new JarEntry("META-INF/spring.schemas"));
            out.write(merged.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            for (String location : new TreeSet<>(mappings.stringPropertyNames().stream()
                    .map(mappings::getProperty).collect(java.util.stream.Collectors.toSet()))) {
                try (InputStream xsd = host.getResourceAsStream(location)) {
                    if (xsd == null) {
                        continue;
                    }
                    out.putNextEntry(new JarEntry(location));
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    xsd.transferTo(bytes);
                    out.write(bytes.toByteArray());
                }
            }
        }
        return jar;
    }
}
