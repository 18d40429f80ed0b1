package nl.mijnaansluiting.servicedesk.sandbox.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.DBParam;
import net.java.ao.Query;
import nl.mijnaansluiting.servicedesk.provisioning.FieldSpec;
import nl.mijnaansluiting.servicedesk.provisioning.RequestTypeSpec;
import nl.mijnaansluiting.servicedesk.provisioning.ServiceProject;
import nl.mijnaansluiting.servicedesk.provisioning.ServiceProjects;
import nl.mijnaansluiting.servicedesk.request.RequestTypeAccess;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The sandbox's service project "MA" with JSM's request types and Jira's custom fields in Active Objects,
 * so installing the templates can be tried here as in Jira. The sandbox's own portal still draws its forms
 * from the catalogue. Also the request types' allowlists (what JSM's request type permissions hold).
 */
public final class AoServiceProjects implements ServiceProjects, RequestTypeAccess {

    public static final String PROJECT_KEY = "MA";
    public static final String PROJECT_NAME = "Mijn Aansluiting Servicedesk";
    /** The issue types of an ITSM service project, with ids as Jira would give them. */
    public static final Map<String, String> ISSUE_TYPES = issueTypes();

    private final ActiveObjects ao;

    public AoServiceProjects(ActiveObjects ao) {
        this.ao = ao;
    }

    private static Map<String, String> issueTypes() {
        Map<String, String> types = new LinkedHashMap<>();
        types.put("Incident", "10001");
        types.put("Service Request", "10002");
        types.put("Change", "10003");
        types.put("Problem", "10004");
        return types;
    }

    @Override
    public Optional<ServiceProject> find(String projectKey) {
        if (!PROJECT_KEY.equals(projectKey)) {
            return Optional.empty();
        }
        List<ServiceProject.RequestTypeState> requestTypes = Arrays.stream(ao.find(RequestTypeEntity.class,
                        Query.select().where("PROJECT_KEY = ?", projectKey).order("ID")))
                .map(r -> new ServiceProject.RequestTypeState(r.getID(), r.getName(), r.getDescription(), r.getHelpText(),
                        r.getIssueTypeId()))
                .collect(Collectors.toList());
        List<ServiceProject.FieldState> fields = Arrays.stream(ao.find(CustomFieldEntity.class, Query.select().order("ID")))
                .map(f -> new ServiceProject.FieldState(id(f), f.getName(), f.getDescription(), f.getTypeKey(), lines(f.getOptions())))
                .collect(Collectors.toList());
        return Optional.of(new ServiceProject(PROJECT_KEY, PROJECT_NAME, ISSUE_TYPES, requestTypes, fields));
    }

    @Override
    public String createField(FieldSpec field) {
        CustomFieldEntity row = ao.create(CustomFieldEntity.class, new DBParam("NAME", field.name()),
                new DBParam("DESCRIPTION", field.description()), new DBParam("TYPE_KEY", field.kind().typeKey()),
                new DBParam("OPTIONS", String.join("\n", field.options())));
        return id(row);
    }

    @Override
    public void describeField(String fieldId, String description) {
        CustomFieldEntity row = field(fieldId);
        row.setDescription(description);
        row.save();
    }

    @Override
    public void addOptions(String fieldId, List<String> options) {
        CustomFieldEntity row = field(fieldId);
        List<String> all = new ArrayList<>(lines(row.getOptions()));
        all.addAll(options);
        row.setOptions(String.join("\n", all));
        row.save();
    }

    @Override
    public int createRequestType(String projectKey, RequestTypeSpec requestType, String issueTypeId) {
        if (!PROJECT_KEY.equals(projectKey) || !ISSUE_TYPES.containsValue(issueTypeId)) {
            throw new IllegalArgumentException("no issue type " + issueTypeId + " in " + projectKey);
        }
        return ao.create(RequestTypeEntity.class, new DBParam("PROJECT_KEY", projectKey),
                new DBParam("NAME", requestType.name()), new DBParam("DESCRIPTION", requestType.description()),
                new DBParam("HELP_TEXT", requestType.helpText()), new DBParam("ISSUE_TYPE_ID", issueTypeId)).getID();
    }

    @Override
    public void updateRequestType(String projectKey, int requestTypeId, RequestTypeSpec requestType) {
        RequestTypeEntity row = requestType(requestTypeId);
        row.setName(requestType.name());
        row.setDescription(requestType.description());
        row.setHelpText(requestType.helpText());
        row.save();
    }

    @Override
    public Set<String> allowedGroups(int requestTypeId) {
        return new TreeSet<>(lines(requestType(requestTypeId).getAllowedGroups()));
    }

    @Override
    public void restrictToGroups(int requestTypeId, Set<String> groups) {
        RequestTypeEntity row = requestType(requestTypeId);
        row.setAllowedGroups(String.join("\n", new TreeSet<>(groups)));
        row.save();
    }

    private RequestTypeEntity requestType(int id) {
        RequestTypeEntity row = ao.get(RequestTypeEntity.class, id);
        if (row == null) {
            throw new IllegalArgumentException("no request type " + id);
        }
        return row;
    }

    private CustomFieldEntity field(String fieldId) {
        if (!fieldId.startsWith("customfield_")) {
            throw new IllegalArgumentException("no custom field " + fieldId);
        }
        CustomFieldEntity row = ao.get(CustomFieldEntity.class, Integer.parseInt(fieldId.substring("customfield_".length())) - 10000);
        if (row == null) {
            throw new IllegalArgumentException("no custom field " + fieldId);
        }
        return row;
    }

    /** Jira's way of naming a custom field: customfield_10000 and up. */
    private static String id(CustomFieldEntity row) {
        return "customfield_" + (10000 + row.getID());
    }

    private static List<String> lines(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return new ArrayList<>(new LinkedHashSet<>(Arrays.asList(text.split("\n"))));
    }
}
