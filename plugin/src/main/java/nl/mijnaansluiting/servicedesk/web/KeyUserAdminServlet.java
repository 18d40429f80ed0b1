package nl.mijnaansluiting.servicedesk.web;

import com.atlassian.annotations.security.AdminOnly;
import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.access.CallerSource;
import nl.mijnaansluiting.servicedesk.error.Problem;
import nl.mijnaansluiting.servicedesk.error.ProblemException;
import nl.mijnaansluiting.servicedesk.request.Customer;
import nl.mijnaansluiting.servicedesk.request.CustomerDirectory;
import nl.mijnaansluiting.servicedesk.request.KeyUser;
import nl.mijnaansluiting.servicedesk.request.KeyUsers;
import nl.mijnaansluiting.servicedesk.request.Organisation;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Admin page: the key-users of every deelnemer, with a form to appoint one (by username or e-mail) and
 * a button to revoke one. Plain forms with an XSRF token; after a change the page is reloaded (POST,
 * redirect, GET) so a refresh never repeats it.
 */
@AdminOnly
public class KeyUserAdminServlet extends HttpServlet {

    static final String PATH = "/plugins/servlet/ma-servicedesk/admin/keyusers";
    private static final Set<String> DONE = Set.of("appointed", "already", "revoked");

    private final CallerSource callers;
    private final KeyUsers keyUsers;
    private final CustomerDirectory directory;
    private final FormTokens tokens;
    private final PageRenderer renderer;
    private final AdminSessions adminSessions;

    public KeyUserAdminServlet(CallerSource callers, KeyUsers keyUsers, CustomerDirectory directory,
                               FormTokens tokens, PageRenderer renderer, AdminSessions adminSessions) {
        this.callers = callers;
        this.keyUsers = keyUsers;
        this.directory = directory;
        this.tokens = tokens;
        this.renderer = renderer;
        this.adminSessions = adminSessions;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Caller> admin = admin(request, response);
        if (admin.isPresent()) {
            String done = request.getParameter("done");
            page(request, response, admin.get(), 200, null, null, "",
                    done != null && DONE.contains(done) ? "ma.keyusers.done." + done : null, request.getParameter("org"));
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Caller> admin = admin(request, response);
        if (admin.isEmpty()) {
            return;
        }
        String organisation = request.getParameter("organisation");
        String action = request.getParameter("action");
        if (!tokens.isValid(request)) {
            page(request, response, admin.get(), 403, organisation, ProblemException.forbidden("ma.error.xsrf"), "", null, null);
            return;
        }
        try {
            String done;
            if ("groups".equals(action)) {
                keyUsers.setGroupPattern(admin.get(), request.getParameter("pattern"));
                response.sendRedirect(renderer.chrome().baseUrl() + PATH + "?done=groups");
                return;
            } else if ("revoke".equals(action)) {
                keyUsers.revoke(admin.get(), organisation, request.getParameter("username"));
                done = "revoked";
            } else if ("appoint".equals(action)) {
                KeyUsers.Outcome outcome = keyUsers.appoint(admin.get(), organisation, request.getParameter("user"));
                done = outcome == KeyUsers.Outcome.APPOINTED ? "appointed" : "already";
            } else {
                throw ProblemException.badInput("action", "ma.error.required", "action");
            }
            response.sendRedirect(renderer.chrome().baseUrl() + PATH + "?done=" + done + "&org="
                    + URLEncoder.encode(organisation, StandardCharsets.UTF_8) + "#org-" + organisation);
        } catch (ProblemException problem) {
            page(request, response, admin.get(), problem.problem().httpStatus(), organisation, problem,
                    request.getParameter("user"), null, null);
        }
    }

    private Optional<Caller> admin(HttpServletRequest request, HttpServletResponse response) throws IOException {
        return Pages.admin(callers, adminSessions, renderer, request, response);
    }

    private void page(HttpServletRequest request, HttpServletResponse response, Caller admin, int status,
                      String failedOrganisation, ProblemException problem, String typed, String doneKey,
                      String doneOrganisation) throws IOException {
        PageTexts texts = new PageTexts(renderer.messages(), admin.locale());
        List<Map<String, Object>> organisations = new ArrayList<>();
        for (Organisation organisation : directory.organisations()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("key", organisation.key());
            row.put("name", organisation.name());
            List<Map<String, Object>> people = new ArrayList<>();
            for (KeyUser keyUser : keyUsers.of(organisation.key())) {
                Optional<Customer> customer = keyUsers.customer(keyUser.username());
                Map<String, Object> person = new HashMap<>();
                person.put("username", keyUser.username());
                person.put("displayName", customer.map(Customer::displayName).orElse(keyUser.username()));
                person.put("email", customer.map(Customer::email).orElse(""));
                person.put("addedBy", keyUser.addedBy());
                person.put("addedAt", renderer.formats(admin).dateTime(keyUser.addedAt()));
                people.add(person);
            }
            row.put("keyUsers", people);
            row.put("group", keyUsers.groupOf(organisation.key()).orElse(""));
            boolean failedHere = problem != null && organisation.key().equals(failedOrganisation);
            row.put("error", failedHere ? renderer.messages().text(admin.locale(), problem.messageKey(), problem.arguments()) : "");
            row.put("typed", failedHere && typed != null ? typed : "");
            row.put("done", doneKey != null && organisation.key().equals(doneOrganisation) ? texts.get(doneKey) : "");
            organisations.add(row);
        }
        String pageError = problem != null && directory.organisation(String.valueOf(failedOrganisation)).isEmpty()
                ? renderer.messages().text(admin.locale(), problem.messageKey(), problem.arguments()) : "";
        Map<String, Object> values = new HashMap<>();
        values.put("organisations", organisations);
        values.put("groupPattern", keyUsers.groupPattern().orElse(""));
        values.put("groupsDone", "groups".equals(request.getParameter("done")) ? texts.get("ma.keyusers.done.groups") : "");
        values.put("pageError", pageError);
        values.put("tokenName", tokens.parameterName());
        values.put("token", tokens.tokenFor(request, response));
        values.put("action", renderer.chrome().baseUrl() + PATH);
        renderer.write(response, status, "templates/keyusers.vm", admin, values);
    }
}
