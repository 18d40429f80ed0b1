package nl.mijnaansluiting.servicedesk.hosttest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The versions a host exports servlet and slf4j at. Which ones Jira 10.3 exports is not published (older Jira
 * deliberately exported the servlet API as 2.5), so the plugin must resolve against either.
 */
enum HostVersions {
    /** Servlet 2.5 and slf4j 1.7, as older Jira hosts declared them. */
    OLD("2.5.0", "1.7.36"),
    /** Servlet 4.0 and slf4j 2.0, the versions of the jars themselves. */
    NEW("4.0.1", "2.0.17");

    private static final Pattern JAR_VERSION = Pattern.compile("-([0-9]+(\\.[0-9]+){0,2})[^/]*\\.jar$");

    private final String servlet;
    private final String slf4j;

    HostVersions(String servlet, String slf4j) {
        this.servlet = servlet;
        this.slf4j = slf4j;
    }

    /** A jar's own version from its file name; 0.0.0 for a directory. */
    String versionOf(String classPathEntry) {
        Matcher matcher = JAR_VERSION.matcher(classPathEntry);
        return matcher.find() ? matcher.group(1) : "0.0.0";
    }

    String forPackage(String name, String jarVersion) {
        if (name.startsWith("javax.servlet")) {
            return servlet;
        }
        if (name.startsWith("org.slf4j")) {
            return slf4j;
        }
        if (name.startsWith("org.apache.commons.logging")) {
            return "1.2.0"; // Spring's commons-logging bridge stands for the commons-logging 1.2 Jira ships
        }
        return jarVersion;
    }
}
