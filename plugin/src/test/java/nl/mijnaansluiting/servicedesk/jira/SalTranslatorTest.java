package nl.mijnaansluiting.servicedesk.jira;

import com.atlassian.sal.api.message.I18nResolver;
import nl.mijnaansluiting.servicedesk.text.Messages;
import org.junit.Test;

import java.io.Serializable;
import java.util.Locale;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The add-on's texts in Jira come from Jira's i18n, in the shipped language nearest to the reader's locale. */
public class SalTranslatorTest {

    private final I18nResolver i18n = mock(I18nResolver.class);
    private final Messages messages = new Messages(new SalTranslator(i18n));

    @Test
    public void anEnglishReaderGetsJirasEnglishTextWithTheArguments() {
        when(i18n.getText(eq(Locale.ENGLISH), eq("ma.escalation.mail.manual"), any(Serializable[].class)))
                .thenReturn("[MA-7] Escalated to Service manager: Delay");
        assertEquals("[MA-7] Escalated to Service manager: Delay",
                messages.text(Locale.UK, "ma.escalation.mail.manual", "MA-7", "Service manager", "Delay"));
        verify(i18n).getText(Locale.ENGLISH, "ma.escalation.mail.manual", "MA-7", "Service manager", "Delay");
    }

    @Test
    public void everyOtherReaderGetsDutch() {
        when(i18n.getText(eq(Messages.DUTCH), eq("ma.escalation.comment.reassigned"), any(Serializable[].class)))
                .thenReturn("[Escalatie] Overgedragen aan 2nd-level-support.");
        assertEquals("[Escalatie] Overgedragen aan 2nd-level-support.",
                messages.text(Locale.GERMANY, "ma.escalation.comment.reassigned", "2nd-level-support"));
        assertEquals("[Escalatie] Overgedragen aan 2nd-level-support.",
                messages.text(new Locale("nl", "NL"), "ma.escalation.comment.reassigned", "2nd-level-support"));
    }

    @Test
    public void argumentsJiraCannotKeepGoAsTextAndNoTextIsTheKey() {
        Object notSerializable = new Object() {
            @Override
            public String toString() {
                return "iets";
            }
        };
        messages.text(Locale.ENGLISH, "ma.some.key", notSerializable, 3);
        verify(i18n).getText(Locale.ENGLISH, "ma.some.key", "iets", 3);
        assertEquals("ma.some.key", messages.text(Locale.ENGLISH, "ma.some.key", 1));
    }

    @Test
    public void aTextWithoutArgumentsIsJirasUnformattedOne() {
        // Jira's getText would read "{organisation}" as an argument and drop the apostrophe of "policy's".
        when(i18n.getRawText(Messages.DUTCH, "ma.keyusers.groups.help")).thenReturn("Groep ma-keyusers-{organisation} per deelnemer");
        assertEquals("Groep ma-keyusers-{organisation} per deelnemer", messages.text(Messages.DUTCH, "ma.keyusers.groups.help"));
        assertEquals("ma.missing", messages.text(Locale.ENGLISH, "ma.missing"));
    }
}
