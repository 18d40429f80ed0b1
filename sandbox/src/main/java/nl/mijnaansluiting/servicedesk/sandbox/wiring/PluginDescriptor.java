package nl.mijnaansluiting.servicedesk.sandbox.wiring;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The modules of the plugin's atlassian-plugin.xml (on the class path, as in the plugin jar) that the
 * sandbox hosts the way Jira does: the {@code <servlet>} modules, mounted under /plugins/servlet, and the
 * packages of the {@code <rest>} module.
 */
public final class PluginDescriptor {

    public static final String RESOURCE = "atlassian-plugin.xml";

    /** One {@code <servlet>} module: its key, class and url-patterns (below /plugins/servlet). */
    public record Servlet(String key, String className, List<String> urlPatterns) {
    }

    private final List<Servlet> servlets;
    private final List<String> restPackages;

    private PluginDescriptor(List<Servlet> servlets, List<String> restPackages) {
        this.servlets = servlets;
        this.restPackages = restPackages;
    }

    /** The one atlassian-plugin.xml on the class path of {@code loader}. */
    public static PluginDescriptor read(ClassLoader loader) {
        List<URL> found;
        try {
            found = Collections.list(loader.getResources(RESOURCE));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot look for " + RESOURCE + ": " + e.getMessage(), e);
        }
        if (found.size() != 1) {
            throw new IllegalStateException("Expected one " + RESOURCE + " on the class path (the plugin's), found " + found);
        }
        try (InputStream in = found.get(0).openStream()) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(in);
            Element root = document.getDocumentElement();
            List<Servlet> servlets = new ArrayList<>();
            List<String> restPackages = new ArrayList<>();
            for (Element module : children(root)) {
                if (module.getTagName().equals("servlet")) {
                    List<String> patterns = new ArrayList<>();
                    for (Element child : children(module)) {
                        if (child.getTagName().equals("url-pattern")) {
                            patterns.add(child.getTextContent().trim());
                        }
                    }
                    servlets.add(new Servlet(module.getAttribute("key"), module.getAttribute("class"), List.copyOf(patterns)));
                } else if (module.getTagName().equals("rest")) {
                    for (Element child : children(module)) {
                        if (child.getTagName().equals("package")) {
                            restPackages.add(child.getTextContent().trim());
                        }
                    }
                }
            }
            return new PluginDescriptor(List.copyOf(servlets), List.copyOf(restPackages));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read " + found.get(0) + ": " + e.getMessage(), e);
        }
    }

    private static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }

    public List<Servlet> servlets() {
        return servlets;
    }

    public List<String> restPackages() {
        return restPackages;
    }
}
