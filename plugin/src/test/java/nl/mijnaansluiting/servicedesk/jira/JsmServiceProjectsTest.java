package nl.mijnaansluiting.servicedesk.jira;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.context.GlobalIssueContext;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.customfields.manager.OptionsManager;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.customfields.option.Options;
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
import com.atlassian.servicedesk.api.requesttype.RequestTypeCreateParameters;
import com.atlassian.servicedesk.api.requesttype.RequestTypeQuery;
import com.atlassian.servicedesk.api.requesttype.RequestTypeService;
import com.atlassian.servicedesk.api.requesttype.RequestTypeUpdateParameters;
import com.atlassian.servicedesk.api.util.paging.PagedRequest;
import com.atlassian.servicedesk.api.util.paging.PagedResponse;
import nl.mijnaansluiting.servicedesk.provisioning.CustomFieldKind;
import nl.mijnaansluiting.servicedesk.provisioning.FieldSpec;
import nl.mijnaansluiting.servicedesk.provisioning.RequestTypeSpec;
import nl.mijnaansluiting.servicedesk.provisioning.ServiceProject;
import nl.mijnaansluiting.servicedesk.request.RequestTemplate;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The Jira side of "Templates installeren": what it reads of a service project and how it calls JSM's
 * RequestTypeService and Jira's CustomFieldManager/OptionsManager (Jira itself is not here: Mockito).
 */
public class JsmServiceProjectsTest {

    private static final String SELECT = CustomFieldKind.SELECT.typeKey();

    private final ProjectManager projectManager = mock(ProjectManager.class);
    private final ServiceDeskService serviceDesks = mock(ServiceDeskService.class);
    private final RequestTypeService requestTypes = mock(RequestTypeService.class);
    private final CustomFieldManager customFields = mock(CustomFieldManager.class);
    private final OptionsManager options = mock(OptionsManager.class);
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final ApplicationUser admin = mock(ApplicationUser.class);
    private final JsmServiceProjects projects = new JsmServiceProjects(projectManager, serviceDesks, requestTypes, customFields,
            options, authentication);

    private final Project project = mock(Project.class);
    private final ServiceDesk desk = mock(ServiceDesk.class);
    private final IssueType incident = issueType("10001", "Incident");
    private final IssueType serviceRequest = issueType("10002", "Service Request");

    public JsmServiceProjectsTest() {
        when(authentication.getLoggedInUser()).thenReturn(admin);
        when(projectManager.getProjectObjByKey("MA")).thenReturn(project);
        when(project.getKey()).thenReturn("MA");
        when(project.getName()).thenReturn("Mijn Aansluiting");
        when(project.getIssueTypes()).thenReturn(List.of(incident, serviceRequest));
        when(serviceDesks.getServiceDeskForProject(admin, project)).thenReturn(desk);
        when(desk.getId()).thenReturn(3);
    }

    private static IssueType issueType(String id, String name) {
        IssueType type = mock(IssueType.class);
        when(type.getId()).thenReturn(id);
        when(type.getName()).thenReturn(name);
        return type;
    }

    private static RequestType requestType(int id, String name) {
        RequestType type = mock(RequestType.class);
        when(type.getId()).thenReturn(id);
        when(type.getName()).thenReturn(name);
        when(type.getDescription()).thenReturn("d" + id);
        when(type.getHelpText()).thenReturn("");
        when(type.getIssueTypeId()).thenReturn(10002L);
        return type;
    }

    @SuppressWarnings("unchecked")
    private static PagedResponse<RequestType> page(boolean more, RequestType... types) {
        PagedResponse<RequestType> page = mock(PagedResponse.class);
        when(page.getResults()).thenReturn(Arrays.asList(types));
        when(page.hasNextPage()).thenReturn(more);
        return page;
    }

    private CustomField field(String id, String name, String typeKey, FieldConfig config) {
        CustomField field = mock(CustomField.class);
        CustomFieldType type = mock(CustomFieldType.class);
        when(type.getKey()).thenReturn(typeKey);
        when(field.getId()).thenReturn(id);
        when(field.getFieldName()).thenReturn(name);
        when(field.getDescription()).thenReturn("help " + name);
        when(field.getCustomFieldType()).thenReturn(type);
        if (config != null) {
            FieldConfigScheme scheme = mock(FieldConfigScheme.class);
            when(scheme.getOneAndOnlyConfig()).thenReturn(config);
            when(field.getConfigurationSchemes()).thenReturn(List.of(scheme));
        }
        return field;
    }

    private Options optionsOf(String... values) {
        List<Option> list = new ArrayList<>();
        for (String value : values) {
            Option option = mock(Option.class);
            when(option.getValue()).thenReturn(value);
            list.add(option);
        }
        Options result = mock(Options.class);
        when(result.size()).thenReturn(list.size());
        org.mockito.Mockito.doAnswer(call -> {
            list.forEach(call.<java.util.function.Consumer<Option>>getArgument(0));
            return null;
        }).when(result).forEach(any());
        return result;
    }

    @Test
    public void readsEveryPageOfRequestTypesTheIssueTypesAndTheFieldsOfKindsItMakes() {
        RequestTypeQuery.Builder query = mock(RequestTypeQuery.Builder.class, RETURNS_SELF);
        when(requestTypes.newQueryBuilder()).thenReturn(query);
        RequestTypeQuery first = mock(RequestTypeQuery.class);
        RequestTypeQuery second = mock(RequestTypeQuery.class);
        ArgumentCaptor<PagedRequest> pages = ArgumentCaptor.forClass(PagedRequest.class);
        when(query.build()).thenReturn(first, second);
        RequestType question = requestType(1, "Vraag stellen");
        RequestType change = requestType(2, "Wijzigingsverzoek");
        PagedResponse<RequestType> firstPage = page(true, question);
        PagedResponse<RequestType> secondPage = page(false, change);
        when(requestTypes.getRequestTypes(admin, first)).thenReturn(firstPage);
        when(requestTypes.getRequestTypes(admin, second)).thenReturn(secondPage);
        FieldConfig config = mock(FieldConfig.class);
        CustomField environment = field("customfield_10100", "Omgeving", SELECT, config);
        Options answers = optionsOf("Productie", "Acceptatie");
        when(options.getOptions(config)).thenReturn(answers);
        CustomField user = field("customfield_10101", "Behandelaar", "com.atlassian.jira.plugin.system.customfieldtypes:userpicker", null);
        when(customFields.getCustomFieldObjects()).thenReturn(List.of(environment, user));

        ServiceProject read = projects.find("MA").orElseThrow();

        verify(query, org.mockito.Mockito.times(2)).serviceDesk(3);
        verify(query, org.mockito.Mockito.times(2)).pagedRequest(pages.capture());
        assertEquals(List.of(0, 50), pages.getAllValues().stream().map(PagedRequest::getStart).collect(java.util.stream.Collectors.toList()));
        assertEquals(Map.of("Incident", "10001", "Service Request", "10002"), read.issueTypeIdsByName());
        assertEquals(List.of(new ServiceProject.RequestTypeState(1, "Vraag stellen", "d1", "", "10002"),
                new ServiceProject.RequestTypeState(2, "Wijzigingsverzoek", "d2", "", "10002")), read.requestTypes());
        assertEquals(List.of(new ServiceProject.FieldState("customfield_10100", "Omgeving", "help Omgeving", SELECT,
                List.of("Productie", "Acceptatie"))), read.fields());
    }

    @Test
    public void aProjectThatIsNoServiceDeskIsNotFound() {
        when(serviceDesks.getServiceDeskForProject(admin, project)).thenThrow(new IllegalStateException("not a service desk"));
        assertTrue(projects.find("MA").isEmpty());
        assertTrue(projects.find("NOPE").isEmpty());
    }

    @Test
    @SuppressWarnings("unchecked")
    public void aSelectListIsCreatedGloballyForEveryIssueTypeWithItsAnswersInOrder() throws Exception {
        CustomFieldType type = mock(CustomFieldType.class);
        CustomFieldSearcher searcher = mock(CustomFieldSearcher.class);
        when(customFields.getCustomFieldType(SELECT)).thenReturn(type);
        when(customFields.getCustomFieldSearcher(CustomFieldKind.SELECT.searcherKey())).thenReturn(searcher);
        FieldConfig config = mock(FieldConfig.class);
        CustomField created = field("customfield_10200", "Omgeving", SELECT, config);
        when(customFields.createCustomField(eq("Omgeving"), eq("Waar speelt het?"), eq(type), eq(searcher), any(), any()))
                .thenReturn(created);
        Options none = optionsOf();
        when(options.getOptions(config)).thenReturn(none);

        assertEquals("customfield_10200", projects.createField(new FieldSpec("Omgeving", "Waar speelt het?", CustomFieldKind.SELECT,
                List.of("Productie", "Acceptatie"))));

        ArgumentCaptor<List> contexts = ArgumentCaptor.forClass(List.class);
        ArgumentCaptor<List> issueTypes = ArgumentCaptor.forClass(List.class);
        verify(customFields).createCustomField(eq("Omgeving"), eq("Waar speelt het?"), eq(type), eq(searcher), contexts.capture(),
                issueTypes.capture());
        assertEquals(List.of(GlobalIssueContext.getInstance()), contexts.getValue());
        assertEquals("all issue types", Collections.singletonList(null), issueTypes.getValue());
        verify(options).createOption(config, null, 0L, "Productie");
        verify(options).createOption(config, null, 1L, "Acceptatie");
    }

    @Test
    public void aNewDescriptionIsSetOnTheFieldAndStoredThroughTheManager() {
        CustomField environment = field("customfield_10100", "Omgeving", SELECT, null);
        when(customFields.getCustomFieldObject("customfield_10100")).thenReturn(environment);

        projects.describeField("customfield_10100", "Waar speelt het? Kies de omgeving.");

        org.mockito.InOrder order = org.mockito.Mockito.inOrder(environment, customFields);
        order.verify(environment).setDescription("Waar speelt het? Kies de omgeving.");
        order.verify(customFields).updateCustomField(environment);
    }

    @Test
    public void requestTypesAreCreatedOnTheProjectsIssueTypeAndUpdatedById() {
        RequestTypeCreateParameters.Builder create = mock(RequestTypeCreateParameters.Builder.class, RETURNS_SELF);
        RequestTypeCreateParameters parameters = mock(RequestTypeCreateParameters.class);
        when(create.build()).thenReturn(parameters);
        when(requestTypes.newCreateBuilder()).thenReturn(create);
        RequestType made = requestType(41, "Storing melden: LIP");
        when(requestTypes.createRequestType(admin, parameters)).thenReturn(made);
        RequestTypeSpec spec = new RequestTypeSpec("storing-lip", "Storing melden: LIP", "Een verstoring in LIP.", "",
                RequestTemplate.Group.INCIDENT, false, List.of());

        assertEquals(41, projects.createRequestType("MA", spec, "10001"));
        verify(create).serviceDesk(desk);
        verify(create).issueType(incident);
        verify(create).name("Storing melden: LIP");
        verify(create).description("Een verstoring in LIP.");

        RequestTypeUpdateParameters.Builder update = mock(RequestTypeUpdateParameters.Builder.class, RETURNS_SELF);
        RequestTypeUpdateParameters changes = mock(RequestTypeUpdateParameters.class);
        when(update.build()).thenReturn(changes);
        when(requestTypes.newUpdateBuilder()).thenReturn(update);
        projects.updateRequestType("MA", 41, spec);
        verify(update).requestType(41);
        verify(update).name("Storing melden: LIP");
        verify(requestTypes).updateRequestType(admin, changes);
    }
}
