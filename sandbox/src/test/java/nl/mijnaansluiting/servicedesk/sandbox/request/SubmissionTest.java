package nl.mijnaansluiting.servicedesk.sandbox.request;

import nl.mijnaansluiting.servicedesk.error.FieldError;
import nl.mijnaansluiting.servicedesk.error.ProblemException;
import nl.mijnaansluiting.servicedesk.request.RequestTemplate;
import nl.mijnaansluiting.servicedesk.request.TemplateCatalogue;
import nl.mijnaansluiting.servicedesk.request.TemplateField;
import org.junit.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

public class SubmissionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private final TemplateCatalogue catalogue = TemplateCatalogue.mijnAansluiting();
    private final RequestTemplate change = catalogue.find("wijzigingsverzoek").orElseThrow();

    private static Map<String, String> completeChange() {
        Map<String, String> answers = new HashMap<>();
        answers.put("indiener", "Anna de Vries, 06-12345678");
        answers.put("onderwerp", "Extra veld in LIP");
        answers.put("datum", "2026-11-20");
        answers.put("achtergrond", "Netbeheerders missen het EAN.");
        answers.put("voorgestelde-wijziging", "Een veld EAN op het aanvraagformulier.");
        answers.put("gewenste-invoerdatum", "2027-03-01");
        return answers;
    }

    private static List<String> fields(Submission submission) {
        return submission.errors().stream().map(FieldError::field).collect(Collectors.toList());
    }

    @Test
    public void theCatalogueMatchesThePortal() {
        List<String> keys = catalogue.all().stream().map(RequestTemplate::key).collect(Collectors.toList());
        assertEquals(List.of("storing-lip", "storing-dsp", "storing-capo", "storing-rapportages", "beveiligingsincident",
                "informatievraag", "wijzigingsverzoek", "dsp-opdrachten-annuleren"), keys);
        assertEquals(List.of("dsp-opdrachten-annuleren"), catalogue.all().stream().filter(RequestTemplate::keyUsersOnly)
                .map(RequestTemplate::key).collect(Collectors.toList()));
        assertEquals(List.of("indiener", "onderwerp", "datum", "achtergrond", "voorgestelde-wijziging",
                "gewenste-invoerdatum", "waarom-deze-datum"),
                change.fields().stream().map(TemplateField::key).collect(Collectors.toList()));
    }

    @Test
    public void aCompleteChangeRequestIsValidAndKeptAsTyped() {
        Map<String, String> answers = completeChange();
        answers.put("achtergrond", "  <b>vet</b> & \"quotes\"  ");
        Submission submission = Submission.check(change, answers, TODAY);
        assertTrue(submission.errors().toString(), submission.isValid());
        assertEquals("<b>vet</b> & \"quotes\"", submission.answers().get("achtergrond"));
        assertEquals(6, submission.answers().size());
    }

    @Test
    public void everyMissingRequiredFieldIsNamed() {
        Submission submission = Submission.check(change, Map.of("onderwerp", "  "), TODAY);
        assertEquals(List.of("indiener", "onderwerp", "datum", "achtergrond", "voorgestelde-wijziging",
                "gewenste-invoerdatum"), fields(submission));
        assertEquals("ma.form.error.required", submission.errors().get(0).messageKey());
    }

    @Test
    public void theDesiredDateMayNotLieInThePastButTodayIsFine() {
        Map<String, String> answers = completeChange();
        answers.put("gewenste-invoerdatum", "2026-11-19");
        Submission past = Submission.check(change, answers, TODAY);
        assertEquals(List.of("gewenste-invoerdatum"), fields(past));
        assertEquals("ma.form.error.date-in-past", past.errors().get(0).messageKey());

        answers.put("gewenste-invoerdatum", "2026-11-20");
        assertTrue(Submission.check(change, answers, TODAY).isValid());
        // The submission date itself may lie in the past.
        answers.put("datum", "2026-01-02");
        assertTrue(Submission.check(change, answers, TODAY).isValid());
    }

    @Test
    public void datesMustBeDatesAndLinesStayLines() {
        Map<String, String> answers = completeChange();
        answers.put("datum", "20-11-2026");
        answers.put("onderwerp", "twee\nregels");
        answers.put("bestaat-niet", "x");
        Submission submission = Submission.check(change, answers, TODAY);
        assertEquals(List.of("bestaat-niet", "onderwerp", "datum"), fields(submission));
        assertEquals("ma.form.error.date", submission.errors().get(2).messageKey());
        assertEquals("ma.form.error.too-long-line", submission.errors().get(1).messageKey());
    }

    @Test
    public void requireValidRefusesTheWholeFormWithEveryField() {
        try {
            Submission.check(change, Map.of(), TODAY).requireValid();
            fail();
        } catch (ProblemException e) {
            assertEquals(6, e.fieldErrors().size());
            assertEquals("ma.form.error.invalid", e.messageKey());
        }
    }

    @Test
    public void attachmentsAreCheckedAtTheirFieldWithTheAnswers() {
        RequestTemplate lip = catalogue.find("storing-lip").orElseThrow();
        Map<String, String> answers = Map.of("onderwerp", "Geen push", "omschrijving", "x");
        Upload screenshot = new Upload("bijlagen", "C:\\Users\\anna\\scherm.png", "image/png", new byte[] {1, 2, 3});
        Submission fine = Submission.check(lip, answers, List.of(screenshot), TODAY);
        assertEquals(List.of(), fields(fine));
        assertEquals("scherm.png", fine.uploads().get(0).fileName());

        Upload empty = new Upload("bijlagen", "leeg.txt", null, new byte[0]);
        Upload huge = new Upload("bijlagen", "dump.bin", "application/octet-stream", new byte[TemplateField.ATTACHMENT_MAX_BYTES + 1]);
        Upload elsewhere = new Upload("omschrijving", "x.txt", "text/plain", new byte[] {1});
        Submission wrong = Submission.check(lip, answers, List.of(empty, huge, elsewhere), TODAY);
        assertEquals(List.of("omschrijving", "bijlagen", "bijlagen"), fields(wrong));
        assertEquals(List.of("ma.form.error.unknown-field", "ma.form.error.file-empty", "ma.form.error.file-too-large"),
                wrong.errors().stream().map(FieldError::messageKey).collect(Collectors.toList()));
    }

    // Issue 15 (portal2): a subject for every request, the form's limits for files added later.

    @Test
    public void everyShippedTemplateAsksForASubjectOrBuildsOneFromItsFirstAnswer() {
        for (RequestTemplate template : catalogue.all()) {
            assertTrue(template.key(), template.field("onderwerp").isPresent());
        }
        RequestTemplate cancel = catalogue.find("dsp-opdrachten-annuleren").orElseThrow();
        assertEquals("Ordernummers", Intake.summaryOf(cancel, Map.of("onderwerp", " Ordernummers ", "opdrachten", "1")));
        assertEquals("DSP: Opdrachten annuleren: OPD-1 OPD-2",
                Intake.summaryOf(cancel, Map.of("opdrachten", "OPD-1\n  OPD-2", "reden", "dubbel")));
        String longOne = Intake.summaryOf(cancel, Map.of("opdrachten", "x".repeat(500)));
        assertEquals(Intake.SUMMARY_MAX, longOne.length());
        assertTrue(longOne.endsWith("\u2026"));
        assertEquals("DSP: Opdrachten annuleren", Intake.summaryOf(cancel, Map.of()));
    }

    @Test
    public void filesAddedLaterMeetTheLimitsOfTheFormsAttachmentField() {
        assertEquals("ma.form.error.required", Submission.checkAdded("files", List.of()).get(0).messageKey());
        assertEquals("ma.form.error.file-empty", Submission.checkAdded("files",
                List.of(new Upload("files", "leeg.txt", "text/plain", new byte[0]))).get(0).messageKey());
        List<Upload> six = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            six.add(new Upload("files", "f" + i + ".txt", "text/plain", new byte[] {1}));
        }
        assertEquals("ma.form.error.too-many-files", Submission.checkAdded("files", six).get(0).messageKey());
        assertEquals("ma.form.error.file-too-large", Submission.checkAdded("files", List.of(new Upload("files", "groot.bin",
                "application/octet-stream", new byte[TemplateField.ATTACHMENT_MAX_BYTES + 1]))).get(0).messageKey());
        assertTrue(Submission.checkAdded("files", List.of(new Upload("files", "log.txt", "text/plain", new byte[] {1}))).isEmpty());
    }
}
