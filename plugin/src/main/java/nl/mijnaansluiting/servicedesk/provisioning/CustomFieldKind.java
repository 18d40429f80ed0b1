package nl.mijnaansluiting.servicedesk.provisioning;

import nl.mijnaansluiting.servicedesk.request.TemplateField;

/** The Jira custom field type a template question becomes, with the searcher Jira pairs with it. */
public enum CustomFieldKind {
    TEXT("com.atlassian.jira.plugin.system.customfieldtypes:textfield", "com.atlassian.jira.plugin.system.customfieldtypes:textsearcher"),
    TEXTAREA("com.atlassian.jira.plugin.system.customfieldtypes:textarea", "com.atlassian.jira.plugin.system.customfieldtypes:textsearcher"),
    SELECT("com.atlassian.jira.plugin.system.customfieldtypes:select", "com.atlassian.jira.plugin.system.customfieldtypes:multiselectsearcher"),
    DATE("com.atlassian.jira.plugin.system.customfieldtypes:datepicker", "com.atlassian.jira.plugin.system.customfieldtypes:daterange"),
    NUMBER("com.atlassian.jira.plugin.system.customfieldtypes:float", "com.atlassian.jira.plugin.system.customfieldtypes:exactnumber"),
    DATETIME("com.atlassian.jira.plugin.system.customfieldtypes:datetime", "com.atlassian.jira.plugin.system.customfieldtypes:datetimerange");

    private final String typeKey;
    private final String searcherKey;

    CustomFieldKind(String typeKey, String searcherKey) {
        this.typeKey = typeKey;
        this.searcherKey = searcherKey;
    }

    public String typeKey() {
        return typeKey;
    }

    public String searcherKey() {
        return searcherKey;
    }

    /** The kind with this Jira type key, or null for a type the add-on does not create. */
    public static CustomFieldKind ofTypeKey(String typeKey) {
        for (CustomFieldKind kind : values()) {
            if (kind.typeKey.equals(typeKey)) {
                return kind;
            }
        }
        return null;
    }

    static CustomFieldKind of(TemplateField.Type type) {
        switch (type) {
            case TEXT: return TEXT;
            case TEXTAREA: return TEXTAREA;
            case CHOICE: return SELECT;
            case DATE: return DATE;
            case NUMBER: return NUMBER;
            case DATETIME: return DATETIME;
            default: throw new IllegalArgumentException(type + " is not a custom field");
        }
    }
}
