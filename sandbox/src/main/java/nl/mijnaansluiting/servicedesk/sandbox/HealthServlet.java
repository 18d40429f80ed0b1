package nl.mijnaansluiting.servicedesk.sandbox;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;

/** GET /health: 200 {"status":"UP"} when the database answers, 503 otherwise. No sign-in needed. */
final class HealthServlet extends HttpServlet {

    private final SandboxDatabase database;

    HealthServlet(SandboxDatabase database) {
        this.database = database;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean up = database.isHealthy();
        response.setStatus(up ? 200 : 503);
        response.setContentType("application/json;charset=UTF-8");
        String kind = database.url().startsWith("jdbc:postgresql:") ? "postgresql" : "h2";
        response.getWriter().write("{\"status\":\"" + (up ? "UP" : "DOWN") + "\",\"database\":\"" + kind + "\"}");
    }
}
