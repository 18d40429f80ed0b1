package nl.mijnaansluiting.servicedesk.web;

import com.atlassian.annotations.security.AdminOnly;
import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.access.CallerSource;
import nl.mijnaansluiting.servicedesk.error.FieldError;
import nl.mijnaansluiting.servicedesk.error.ProblemException;
import nl.mijnaansluiting.servicedesk.provisioning.ProvisioningPlan;
import nl.mijnaansluiting.servicedesk.provisioning.TemplateProvisioning;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Admin page "Templates installeren in project …": a dry run lists what installing would change in the
 * JSM project and what an admin still does by hand; installing carries it out and says what it did.
 * A GET with {@code project} is the dry run; installing is a POST with the form token.
 */
@AdminOnly
public class ProvisioningAdminServlet extends HttpServlet {

    static final String PATH = "/plugins/servlet/ma-servicedesk/admin/provisioning";

    private final CallerSource callers;
    private final TemplateProvisioning provisioning;
    private final FormTokens tokens;
    private final PageRenderer renderer;
    private final AdminSessions adminSessions;

    public ProvisioningAdminServlet(CallerSource callers, TemplateProvisioning provisioning, FormTokens tokens,
                                    PageRenderer renderer, AdminSessions adminSessions) {
        this.callers = callers;
        this.provisioning = provisioning;
        this.tokens = tokens;
        this.renderer = renderer;
        this.adminSessions = adminSessions;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Caller> admin = Pages.admin(callers, adminSessions, renderer, request, response);
        if (admin.isEmpty()) {
            return;
        }
        Map<String, Object> values = form(request);
        int status = 200;
        if (request.getParameter("project") != null) {
            try {
                plan(values, provisioning.plan(admin.get(), target(request)), admin.get().locale());
            } catch (ProblemException problem) {
                status = refused(values, problem, admin.get().locale());
            }
        }
        page(request, response, admin.get(), status, values);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Caller> admin = Pages.admin(callers, adminSessions, renderer, request, response);
        if (admin.isEmpty()) {
            return;
        }
        Map<String, Object> values = form(request);
        Locale locale = admin.get().locale();
        if (!tokens.isValid(request)) {
            refused(values, new ProblemException(nl.mijnaansluiting.servicedesk.error.Problem.FORBIDDEN, null, "ma.error.xsrf"),
                    locale);
            page(request, response, admin.get(), 403, values);
            return;
        }
        int status = 200;
        try {
            TemplateProvisioning.Report report = provisioning.install(admin.get(), target(request));
            plan(values, report.plan(), locale);
            values.put("installed", true);
            values.put("applied", texts(report.applied().stream().map(ProvisioningPlan.Change::step).collect(Collectors.toList()),
                    locale));
            if (!report.complete()) {
                values.put("failure", renderer.messages().text(locale, "ma.provisioning.admin.failed",
                        text(report.failed().step(), locale), report.failure()));
            }
        } catch (ProblemException problem) {
            status = refused(values, problem, locale);
        }
        page(request, response, admin.get(), status, values);
    }

    private static TemplateProvisioning.Target target(HttpServletRequest request) {
        return TemplateProvisioning.Target.of(request.getParameter("project"), request.getParameter("incidentIssueType"),
                request.getParameter("serviceRequestIssueType"));
    }

    private static Map<String, Object> form(HttpServletRequest request) {
        TemplateProvisioning.Target target = target(request);
        Map<String, Object> values = new HashMap<>();
        values.put("project", request.getParameter("project") == null ? "" : request.getParameter("project").trim());
        values.put("incidentIssueType", target.incidentIssueType());
        values.put("serviceRequestIssueType", target.serviceRequestIssueType());
        values.put("shown", false);
        values.put("installed", false);
        values.put("failure", "");
        values.put("errors", List.of());
        return values;
    }

    private void plan(Map<String, Object> values, ProvisioningPlan plan, Locale locale) {
        values.put("shown", true);
        values.put("projectName", plan.projectName());
        values.put("projectKey", plan.projectKey());
        values.put("changes", texts(plan.changes().stream().map(ProvisioningPlan.Change::step).collect(Collectors.toList()), locale));
        values.put("manualSteps", texts(plan.manualSteps(), locale));
        values.put("errors", plan.problems().stream().map(p -> Map.of("field", p.field(), "message", text(p.reason(), locale)))
                .collect(Collectors.toList()));
    }

    private int refused(Map<String, Object> values, ProblemException problem, Locale locale) {
        List<FieldError> errors = problem.fieldErrorsOr("project");
        values.put("errors", errors.stream().map(e -> Map.of("field", e.field(),
                "message", renderer.messages().text(locale, e.messageKey(), e.arguments()))).collect(Collectors.toList()));
        return problem.problem().httpStatus();
    }

    private List<String> texts(List<ProvisioningPlan.Step> steps, Locale locale) {
        return steps.stream().map(s -> text(s, locale)).collect(Collectors.toList());
    }

    private String text(ProvisioningPlan.Step step, Locale locale) {
        return step.text(renderer.messages(), locale);
    }

    private void page(HttpServletRequest request, HttpServletResponse response, Caller admin, int status,
                      Map<String, Object> values) throws IOException {
        values.put("tokenName", tokens.parameterName());
        values.put("token", tokens.tokenFor(request, response));
        values.put("action", renderer.chrome().baseUrl() + PATH);
        renderer.write(response, status, "templates/provisioning-admin.vm", admin, values);
    }
}
