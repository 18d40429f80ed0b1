package nl.mijnaansluiting.servicedesk.web;

import com.atlassian.annotations.security.UnrestrictedAccess;
import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.access.CallerSource;
import nl.mijnaansluiting.servicedesk.access.Role;
import nl.mijnaansluiting.servicedesk.request.CustomerDirectory;
import nl.mijnaansluiting.servicedesk.request.Organisation;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The add-on's start page: who you are here and where you can go. Deelnemers (JSM customers, without a Jira
 * licence) open it too, so Jira must let everyone through ({@link UnrestrictedAccess}); the page itself sends
 * anonymous visitors to sign in.
 */
@UnrestrictedAccess
public class HomeServlet extends HttpServlet {

    private final CallerSource callers;
    private final PageRenderer renderer;
    private final CustomerDirectory directory;

    public HomeServlet(CallerSource callers, PageRenderer renderer, CustomerDirectory directory) {
        this.callers = callers;
        this.renderer = renderer;
        this.directory = directory;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Caller> signedIn = Pages.signedIn(callers, renderer, request, response);
        if (signedIn.isEmpty()) {
            return;
        }
        Caller caller = signedIn.get();
        List<String> roleKeys = caller.roles().stream()
                .map(role -> "ma.role." + role.name().toLowerCase().replace('_', '-'))
                .collect(Collectors.toList());
        renderer.write(response, HttpServletResponse.SC_OK, "templates/home.vm", caller, Map.of(
                "roleKeys", roleKeys,
                // Deelnemers by name; the key where the directory no longer knows it.
                "organisations", caller.organisations().stream()
                        .map(key -> directory.organisation(key).map(Organisation::name).orElse(key)).collect(Collectors.toList()),
                "isAdmin", caller.isAdmin(),
                "isStaff", caller.isStaff(),
                "isCustomer", caller.has(Role.CUSTOMER)));
    }
}
