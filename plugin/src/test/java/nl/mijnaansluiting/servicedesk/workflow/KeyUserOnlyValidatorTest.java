package nl.mijnaansluiting.servicedesk.workflow;

import nl.mijnaansluiting.servicedesk.text.Translated;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.servicedesk.api.organization.CustomerOrganization;
import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.loader.ValidatorDescriptor;
import nl.mijnaansluiting.servicedesk.access.CallerSource;
import nl.mijnaansluiting.servicedesk.audit.AuditLog;
import nl.mijnaansluiting.servicedesk.request.CustomerDirectory;
import nl.mijnaansluiting.servicedesk.request.KeyUserStore;
import nl.mijnaansluiting.servicedesk.request.KeyUsers;
import nl.mijnaansluiting.servicedesk.request.Organisation;
import nl.mijnaansluiting.servicedesk.text.Messages;
import org.junit.Before;
import org.junit.Test;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

public class KeyUserOnlyValidatorTest {

    private final KeyUserStore store = mock(KeyUserStore.class);
    private final CustomerDirectory directory = mock(CustomerDirectory.class);
    private final CustomFieldManager customFields = mock(CustomFieldManager.class);
    private final CallerSource callers = mock(CallerSource.class);
    private final KeyUsers keyUsers = new KeyUsers(store, directory, mock(AuditLog.class), Clock.systemUTC());
    private final KeyUserOnlyValidator validator = new KeyUserOnlyValidator(keyUsers, customFields, callers, new Messages());

    private final CustomField organisations = field("customfield_10002", "Organisaties");
    private final CustomField requestType = field("customfield_10010", "Customer Request Type");
    private final Issue issue = mock(Issue.class);
    private final Map<String, Object> args = new HashMap<>();

    private static CustomField field(String id, String name) {
        CustomField field = mock(CustomField.class);
        when(field.getId()).thenReturn(id);
        when(field.getFieldName()).thenReturn(name);
        return field;
    }

    private static CustomerOrganization organisation(int id) {
        CustomerOrganization organisation = mock(CustomerOrganization.class);
        when(organisation.getId()).thenReturn(id);
        return organisation;
    }

    private void reporter(String username) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getUsername()).thenReturn(username);
        when(issue.getReporter()).thenReturn(user);
    }

    @Before
    public void cancelOrdersForNoordnet() {
        when(callers.current()).thenReturn(Optional.empty());
        when(customFields.getCustomFieldObject("customfield_10002")).thenReturn(organisations);
        when(customFields.getCustomFieldObject("customfield_10010")).thenReturn(requestType);
        args.put(KeyUserOnlyValidator.ORGANISATION_FIELD, "customfield_10002");
        args.put(KeyUserOnlyValidator.REQUEST_TYPE_FIELD, "customfield_10010");
        args.put(KeyUserOnlyValidator.REQUEST_TYPES, "ma/dsp-opdrachten-annuleren");
        when(issue.getCustomFieldValue(requestType)).thenReturn("ma/dsp-opdrachten-annuleren");
        CustomerOrganization noordnet = organisation(7);
        when(issue.getCustomFieldValue(organisations)).thenReturn(List.of(noordnet));
        when(directory.organisation("7")).thenReturn(Optional.of(new Organisation("7", "Noordnet Netbeheer")));
        when(directory.isMember("7", "anna")).thenReturn(true);
        when(directory.isMember("7", "bram")).thenReturn(true);
        when(store.isKeyUser("7", "anna")).thenReturn(true);
    }

    private String refusal() {
        try {
            validator.validate(Map.of("issue", issue), args, null);
            fail("expected the transition to be refused");
            return null;
        } catch (InvalidInputException e) {
            return e.getGenericErrors().isEmpty() ? String.valueOf(e.getErrors()) : e.getGenericErrors().get(0).toString();
        }
    }

    @Test
    public void aKeyUserOfTheDeelnemerPasses() throws Exception {
        reporter("anna");
        validator.validate(Map.of("issue", issue), args, null);
    }

    @Test
    public void aPlainMemberIsRefusedWithATranslatedReason() {
        reporter("bram");
        assertEquals("Alleen key-users van Noordnet Netbeheer mogen dit verzoek indienen.", refusal());
    }

    @Test
    public void otherRequestTypesAreLeftAlone() throws Exception {
        reporter("bram");
        when(issue.getCustomFieldValue(requestType)).thenReturn("ma/informatievraag");
        validator.validate(Map.of("issue", issue), args, null);
    }

    @Test
    public void aRequestWithoutDeelnemerIsRefused() {
        reporter("anna");
        when(issue.getCustomFieldValue(organisations)).thenReturn(List.of());
        assertEquals("Kies de deelnemer waarvoor u dit verzoek indient.", refusal());
    }

    @Test
    public void everyChosenDeelnemerMustHaveTheReporterAsKeyUser() {
        reporter("anna");
        List<CustomerOrganization> both = List.of(organisation(7), organisation(8));
        when(issue.getCustomFieldValue(organisations)).thenReturn(both);
        when(directory.organisation("8")).thenReturn(Optional.of(new Organisation("8", "Rivierstroom Energie")));
        assertEquals("Alleen key-users van Rivierstroom Energie mogen dit verzoek indienen.", refusal());
    }

    @Test
    public void aMissingFieldConfigurationFailsClosed() {
        reporter("anna");
        when(customFields.getCustomFieldObject("customfield_10002")).thenReturn(null);
        assertEquals("De controle op key-users is niet goed ingesteld; vraag de beheerder. Er is niets aangemaakt.", refusal());
    }

    @Test
    public void theFactoryStoresTheFormAndShowsTheChosenFieldByName() {
        KeyUserOnlyValidatorFactory factory = new KeyUserOnlyValidatorFactory(customFields, callers, new Messages());
        Map<String, Object> form = new HashMap<>();
        form.put(KeyUserOnlyValidator.ORGANISATION_FIELD, new String[] {"customfield_10002"});
        form.put(KeyUserOnlyValidator.REQUEST_TYPE_FIELD, new String[] {"customfield_10010"});
        form.put(KeyUserOnlyValidator.REQUEST_TYPES, new String[] {" ma/b , ma/a,, "});
        Map<String, ?> stored = factory.getDescriptorParams(form);
        assertEquals("ma/a,ma/b", stored.get(KeyUserOnlyValidator.REQUEST_TYPES));
        assertEquals("customfield_10002", stored.get(KeyUserOnlyValidator.ORGANISATION_FIELD));

        ValidatorDescriptor descriptor = new ValidatorDescriptor();
        descriptor.getArgs().putAll(stored);
        assertEquals("Organisaties", factory.getVelocityParams("view", descriptor).get("organisationFieldName"));
        when(customFields.getCustomFieldObjects()).thenReturn(List.of(requestType, organisations));
        Object choices = factory.getVelocityParams("input-parameters", descriptor).get("customFields");
        assertEquals(List.of(Map.of("id", "customfield_10010", "name", "Customer Request Type"),
                Map.of("id", "customfield_10002", "name", "Organisaties")), choices);
    }
}
