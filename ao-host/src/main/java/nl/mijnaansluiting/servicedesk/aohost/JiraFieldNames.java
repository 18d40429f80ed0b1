package nl.mijnaansluiting.servicedesk.aohost;

import net.java.ao.schema.Case;
import net.java.ao.schema.FieldNameConverter;
import net.java.ao.schema.UnderscoreFieldNameConverter;

import java.lang.reflect.Method;

/** Column names as Jira's Active Objects makes them: upper case with underscores (getSubjectKey: SUBJECT_KEY). */
public final class JiraFieldNames implements FieldNameConverter {

    private final FieldNameConverter names = new UnderscoreFieldNameConverter(Case.UPPER);

    @Override
    public String getName(Method method) {
        return names.getName(method);
    }

    @Override
    public String getPolyTypeName(Method method) {
        return names.getPolyTypeName(method);
    }
}
