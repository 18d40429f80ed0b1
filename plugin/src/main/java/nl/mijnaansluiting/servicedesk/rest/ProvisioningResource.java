package nl.mijnaansluiting.servicedesk.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.access.CallerSource;
import nl.mijnaansluiting.servicedesk.provisioning.ProvisioningPlan;
import nl.mijnaansluiting.servicedesk.provisioning.TemplateProvisioning;
import nl.mijnaansluiting.servicedesk.text.Messages;

import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * "Templates installeren in project …" for admins: GET /provisioning/{project} is the dry run (what
 * would change, what stays for an admin to do in JSM by hand, what stops it), POST installs. Optional
 * {@code incidentIssueType} and {@code serviceRequestIssueType} name the project's issue types
 * (default "Incident" and "Service Request").
 */
@Path("/provisioning/{project}")
@Produces(MediaType.APPLICATION_JSON)
@AdminOnly
@WebSudoRequired
public class ProvisioningResource {

    private final CallerSource callers;
    private final TemplateProvisioning provisioning;
    private final Messages messages;

    @Inject
    public ProvisioningResource(CallerSource callers, TemplateProvisioning provisioning, Messages messages) {
        this.callers = callers;
        this.provisioning = provisioning;
        this.messages = messages;
    }

    @GET
    public Map<String, Object> dryRun(@PathParam("project") String project, @QueryParam("incidentIssueType") String incident,
                                      @QueryParam("serviceRequestIssueType") String serviceRequest) {
        Caller admin = callers.requireAdmin();
        ProvisioningPlan plan = provisioning.plan(admin, TemplateProvisioning.Target.of(project, incident, serviceRequest));
        return json(plan, admin.locale());
    }

    @POST
    public Map<String, Object> install(@PathParam("project") String project, @QueryParam("incidentIssueType") String incident,
                                       @QueryParam("serviceRequestIssueType") String serviceRequest) {
        Caller admin = callers.requireAdmin();
        TemplateProvisioning.Report report = provisioning.install(admin,
                TemplateProvisioning.Target.of(project, incident, serviceRequest));
        Map<String, Object> json = json(report.plan(), admin.locale());
        json.put("requestTypes", report.requestTypeIds());
        json.put("complete", report.complete());
        json.put("applied", report.applied().stream().map(c -> change(c, admin.locale())).collect(Collectors.toList()));
        if (!report.complete()) {
            Map<String, Object> failed = change(report.failed(), admin.locale());
            failed.put("error", report.failure());
            json.put("failed", failed);
        }
        return json;
    }

    private Map<String, Object> json(ProvisioningPlan plan, Locale locale) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("project", plan.projectKey());
        json.put("projectName", plan.projectName());
        json.put("changes", plan.changes().stream().map(c -> change(c, locale)).collect(Collectors.toList()));
        json.put("manualSteps", plan.manualSteps().stream().map(s -> text(s, locale)).collect(Collectors.toList()));
        json.put("problems", plan.problems().stream().map(p -> {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("field", p.field());
            problem.put("message", text(p.reason(), locale));
            return problem;
        }).collect(Collectors.toList()));
        json.put("requestTypes", plan.requestTypeIds());
        return json;
    }

    private Map<String, Object> change(ProvisioningPlan.Change change, Locale locale) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("action", change.getClass().getSimpleName());
        json.put("text", text(change.step(), locale));
        return json;
    }

    private String text(ProvisioningPlan.Step step, Locale locale) {
        return step.text(messages, locale);
    }
}

