package nl.mijnaansluiting.servicedesk.jira;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.context.GlobalIssueContext;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.customfields.manager.OptionsManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.servicedesk.api.ServiceDesk;
import com.atlassian.servicedesk.api.ServiceDeskService;
import com.atlassian.servicedesk.api.requesttype.RequestType;
import com.atlassian.servicedesk.api.requesttype.RequestTypeService;
import com.atlassian.servicedesk.api.util.paging.PagedResponse;
import com.atlassian.servicedesk.api.util.paging.SimplePagedRequest;
import nl.mijnaansluiting.servicedesk.provisioning.CustomFieldKind;
import nl.mijnaansluiting.servicedesk.provisioning.FieldSpec;
import nl.mijnaansluiting.servicedesk.provisioning.RequestTypeSpec;
import nl.mijnaansluiting.servicedesk.provisioning.ServiceProject;
import nl.mijnaansluiting.servicedesk.provisioning.ServiceProjects;
import org.ofbiz.core.entity.GenericEntityException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Service projects through the JSM and Jira Java APIs, as the signed-in admin (JSM checks that they may
 * change the project). Custom fields are created in the global context for every issue type, so one
 * field serves every service project; select-list answers go into that context's options.
 */
public class JsmServiceProjects implements ServiceProjects {

    private static final int PAGE = 50;

    private final ProjectManager projectManager;
    private final ServiceDeskService serviceDesks;
    private final RequestTypeService requestTypes;
    private final CustomFieldManager customFields;
    private final OptionsManager options;
    private final JiraAuthenticationContext authentication;

    public JsmServiceProjects(ProjectManager projectManager, ServiceDeskService serviceDesks, RequestTypeService requestTypes,
                              CustomFieldManager customFields, OptionsManager options, JiraAuthenticationContext authentication) {
        this.projectManager = projectManager;
        this.serviceDesks = serviceDesks;
        this.requestTypes = requestTypes;
        this.customFields = customFields;
        this.options = options;
        this.authentication = authentication;
    }

    @Override
    public Optional<ServiceProject> find(String projectKey) {
        Project project = projectManager.getProjectObjByKey(projectKey);
        if (project == null) {
            return Optional.empty();
        }
        Optional<ServiceDesk> desk = serviceDesk(project);
        if (desk.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> issueTypes = new LinkedHashMap<>();
        project.getIssueTypes().forEach(t -> issueTypes.put(t.getName(), t.getId()));
        return Optional.of(new ServiceProject(project.getKey(), project.getName(), issueTypes, requestTypesOf(desk.get()),
                fields()));
    }

    private Optional<ServiceDesk> serviceDesk(Project project) {
        try {
            return Optional.ofNullable(serviceDesks.getServiceDeskForProject(user(), project));
        } catch (RuntimeException notAServiceDesk) {
            // JSM says "not found", "disabled" or "no access" with a ServiceDeskServiceException: none to install into.
            return Optional.empty();
        }
    }

    private List<ServiceProject.RequestTypeState> requestTypesOf(ServiceDesk desk) {
        List<ServiceProject.RequestTypeState> all = new ArrayList<>();
        int start = 0;
        PagedResponse<RequestType> page;
        do {
            page = requestTypes.getRequestTypes(user(), requestTypes.newQueryBuilder().serviceDesk(desk.getId())
                    .pagedRequest(new SimplePagedRequest(start, PAGE)).build());
            page.getResults().forEach(r -> all.add(new ServiceProject.RequestTypeState(r.getId(), r.getName(),
                    r.getDescription(), r.getHelpText(), String.valueOf(r.getIssueTypeId()))));
            start += PAGE;
        } while (page.hasNextPage());
        return all;
    }

    /** The custom fields of the kinds the add-on creates; others cannot be ours. */
    private List<ServiceProject.FieldState> fields() {
        List<ServiceProject.FieldState> fields = new ArrayList<>();
        for (CustomField field : customFields.getCustomFieldObjects()) {
            CustomFieldType type = field.getCustomFieldType();
            if (type == null || CustomFieldKind.ofTypeKey(type.getKey()) == null) {
                continue;
            }
            List<String> values = new ArrayList<>();
            if (CustomFieldKind.ofTypeKey(type.getKey()) == CustomFieldKind.SELECT) {
                config(field).ifPresent(c -> options.getOptions(c).forEach(o -> values.add(o.getValue())));
            }
            fields.add(new ServiceProject.FieldState(field.getId(), field.getFieldName(), field.getDescription(),
                    type.getKey(), values));
        }
        return fields;
    }

    @Override
    public String createField(FieldSpec spec) {
        CustomFieldType type = customFields.getCustomFieldType(spec.kind().typeKey());
        CustomFieldSearcher searcher = customFields.getCustomFieldSearcher(spec.kind().searcherKey());
        if (type == null) {
            throw new IllegalStateException("Jira has no custom field type " + spec.kind().typeKey());
        }
        CustomField field;
        try {
            field = customFields.createCustomField(spec.name(), spec.description(), type, searcher,
                    List.of(GlobalIssueContext.getInstance()), Collections.singletonList(null));
        } catch (GenericEntityException e) {
            throw new IllegalStateException("Jira could not create field " + spec.name() + ": " + e.getMessage(), e);
        }
        if (!spec.options().isEmpty()) {
            addOptions(field, spec.options());
        }
        return field.getId();
    }

    @Override
    public void describeField(String fieldId, String description) {
        // Jira's own way to change a field (its EditCustomField action): set it on the field, then let the
        // manager store it. The four-argument updateCustomField(Long, String, String, CustomFieldSearcher)
        // is not in Jira's API any more and would be a NoSuchMethodError (jira-compat/ledger/jira.md).
        CustomField field = field(fieldId);
        field.setDescription(description);
        customFields.updateCustomField(field);
    }

    @Override
    public void addOptions(String fieldId, List<String> values) {
        addOptions(field(fieldId), values);
    }

    private void addOptions(CustomField field, List<String> values) {
        FieldConfig config = config(field)
                .orElseThrow(() -> new IllegalStateException("field " + field.getId() + " has no context to hold answers"));
        long sequence = options.getOptions(config).size();
        for (String value : values) {
            options.createOption(config, null, sequence++, value);
        }
    }

    @Override
    public int createRequestType(String projectKey, RequestTypeSpec spec, String issueTypeId) {
        Project project = project(projectKey);
        ServiceDesk desk = serviceDesk(project).orElseThrow(() -> new IllegalStateException(projectKey + " is no service desk"));
        IssueType issueType = project.getIssueTypes().stream().filter(t -> t.getId().equals(issueTypeId)).findFirst()
                .orElseThrow(() -> new IllegalStateException(projectKey + " has no issue type " + issueTypeId));
        return requestTypes.createRequestType(user(), requestTypes.newCreateBuilder().serviceDesk(desk).issueType(issueType)
                .name(spec.name()).description(spec.description()).helpText(spec.helpText()).build()).getId();
    }

    @Override
    public void updateRequestType(String projectKey, int requestTypeId, RequestTypeSpec spec) {
        requestTypes.updateRequestType(user(), requestTypes.newUpdateBuilder().requestType(requestTypeId)
                .name(spec.name()).description(spec.description()).helpText(spec.helpText()).build());
    }

    private Project project(String projectKey) {
        Project project = projectManager.getProjectObjByKey(projectKey);
        if (project == null) {
            throw new IllegalStateException("no project " + projectKey);
        }
        return project;
    }

    private CustomField field(String fieldId) {
        CustomField field = customFields.getCustomFieldObject(fieldId);
        if (field == null) {
            throw new IllegalStateException("no custom field " + fieldId);
        }
        return field;
    }

    /** The field's one configuration (a field the API created has one global context). */
    private static Optional<FieldConfig> config(CustomField field) {
        List<FieldConfigScheme> schemes = field.getConfigurationSchemes();
        if (schemes == null || schemes.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(schemes.get(0).getOneAndOnlyConfig());
    }

    private ApplicationUser user() {
        return authentication.getLoggedInUser();
    }
}
