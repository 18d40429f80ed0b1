package nl.mijnaansluiting.servicedesk.sandbox;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * Serves files from the class path: /static/aui and /static/jquery (from npm, put there by the build)
 * and /static/ma/... from the plugin's own resources (css, images), as Jira serves web resources.
 */
final class StaticServlet extends HttpServlet {

    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css;charset=UTF-8", "js", "application/javascript;charset=UTF-8",
            "png", "image/png", "svg", "image/svg+xml", "gif", "image/gif",
            "woff", "font/woff", "woff2", "font/woff2", "ttf", "font/ttf", "eot", "application/vnd.ms-fontobject");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || path.contains("..") || path.contains("//") || path.contains("\\")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        // /ma/... are the plugin's own resources; everything else lives under static/.
        String resource = path.startsWith("/ma/") ? path.substring(4) : "static" + path;
        String extension = resource.substring(resource.lastIndexOf('.') + 1);
        String type = TYPES.get(extension);
        if (type == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setContentType(type);
            response.setHeader("Cache-Control", "public, max-age=3600");
            in.transferTo(response.getOutputStream());
        }
    }
}
