package nl.mijnaansluiting.servicedesk.sandbox;

import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.Select;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Attachments on an incident form: the deelnemer adds files, sees them on the request (names escaped)
 * and downloads them as they were; another deelnemer cannot; six files are refused at the field and
 * nothing is created.
 */
public class AttachmentBrowserTest {

    @ClassRule
    public static final RunningSandbox SANDBOX = new RunningSandbox();

    @Rule
    public final HeadlessChromium browser = new HeadlessChromium(SANDBOX);

    private void fillLipIncident(String subject) {
        browser.waitFor(By.id("field-onderwerp")).sendKeys(subject);
        browser.driver().findElement(By.id("field-omschrijving")).sendKeys("Zie de bijlagen.");
        new Select(browser.driver().findElement(By.id("field-omgeving"))).selectByValue("acceptatie");
        new Select(browser.driver().findElement(By.id("field-situatie"))).selectByValue("geen-push");
    }

    private static Path file(String name, String content) throws Exception {
        Path dir = Files.createTempDirectory("ma-attachments");
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        file.toFile().deleteOnExit();
        return file;
    }

    @Test
    public void theDeelnemerAttachesFilesAndDownloadsThemAsTheyWere() throws Exception {
        Path log = file("log <i>1.txt", "<script>alert(1)</script>\nERROR geen push");
        Path second = file("tweede.csv", "a;b\n1;2\n");
        browser.signIn("/portal/create/storing-lip", "daan", DemoDirectory.PASSWORD);
        fillLipIncident("Geen push met bijlagen");
        browser.driver().findElement(By.id("field-bijlagen")).sendKeys(log + "\n" + second);
        browser.clickAndWaitForNewPage(By.id("submit-request"));

        String list = browser.waitFor(By.id("attachments")).getText();
        assertThat(list, containsString("log <i>1.txt"));
        assertThat(list, containsString("tweede.csv"));
        // Each file's own size, not the number of entries in the template's map ("3").
        assertEquals("41 bytes", browser.driver().findElement(By.cssSelector("#attachments li:nth-child(1) .ma-attachment-size")).getText());
        assertEquals("8 bytes", browser.driver().findElement(By.cssSelector("#attachments li:nth-child(2) .ma-attachment-size")).getText());
        // The chosen answer's label, not its key ("geen-push").
        assertEquals("Netbeheerder ontvangt geen enkele aanvraag via de aanvraag (push) service.",
                browser.driver().findElement(By.id("answer-situatie")).getText());
        String href = browser.driver().findElement(By.cssSelector("#attachments a")).getAttribute("href");

        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        HttpResponse<String> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, download.statusCode());
        assertEquals("<script>alert(1)</script>\nERROR geen push", download.body());
        assertThat(download.headers().firstValue("Content-Disposition").orElse(""), containsString("attachment; filename*=UTF-8''log%20%3Ci%3E1.txt"));
        assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertThat(download.headers().firstValue("Content-Type").orElse(""), not(containsString("html")));

        // Someone of another deelnemer gets nothing.
        browser.driver().manage().deleteAllCookies();
        browser.signIn("/portal", "bram", DemoDirectory.PASSWORD);
        Cookie bram = browser.driver().manage().getCookieNamed("JSESSIONID");
        HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + bram.getValue()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, refused.statusCode());
        assertThat(refused.body(), not(containsString("ERROR geen push")));
    }

    @Test
    public void sixFilesAreRefusedAtTheFieldAndNothingIsCreated() throws Exception {
        List<String> paths = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            paths.add(file("bestand-" + i + ".txt", "regel " + i).toString());
        }
        int before = new RestClient(SANDBOX, null).call("GET", "/requests", "frank", null).body().split("\"key\"").length;
        browser.signIn("/portal/create/storing-lip", "frank", DemoDirectory.PASSWORD);
        fillLipIncident("Te veel bijlagen");
        browser.driver().findElement(By.id("field-bijlagen")).sendKeys(String.join("\n", paths));
        browser.clickAndWaitForNewPage(By.id("submit-request"));
        assertEquals("Voeg hoogstens 5 bestanden toe.", browser.waitFor(By.id("error-bijlagen")).getText());
        assertEquals(before, new RestClient(SANDBOX, null).call("GET", "/requests", "frank", null).body().split("\"key\"").length);
    }

    /** Issue 15 (portal2): files added after sending, with the form's limits, XSRF and translated errors. */
    @Test
    public void theDeelnemerAddsFilesAfterSendingWithTheFormsLimits() throws Exception {
        HttpResponse<String> created = new RestClient(SANDBOX, null).call("POST", "/requests", "eva",
                "{\"template\":\"storing-dsp\",\"organisation\":\"polderwater\",\"answers\":{\"onderwerp\":\"Later een log\","
                        + "\"omschrijving\":\"x\",\"omgeving\":\"acceptatie\",\"situatie\":\"specifieke-berichten\"}}");
        assertEquals(created.body(), 201, created.statusCode());
        String key = created.body().replaceAll(".*\"key\":\"(MA-\\d+)\".*", "$1");
        browser.signIn("/portal/requests/" + key, "eva", DemoDirectory.PASSWORD);
        assertTrue(browser.waitFor(By.id("files-form")).isDisplayed());
        assertTrue(browser.driver().findElements(By.cssSelector("#attachments li")).isEmpty());

        browser.driver().findElement(By.id("add-files")).sendKeys(file("later <b>.log", "ERROR 42").toString());
        browser.clickAndWaitForNewPage(By.id("submit-files"));
        assertThat(browser.waitFor(By.id("attachments")).getText(), containsString("later <b>.log"));
        assertThat(browser.driver().findElement(By.id("timeline")).getText(), containsString("Eva Smit heeft het bestand later <b>.log toegevoegd."));

        List<String> six = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            six.add(file("extra-" + i + ".txt", "regel " + i).toString());
        }
        browser.driver().findElement(By.id("add-files")).sendKeys(String.join("\n", six));
        browser.clickAndWaitForNewPage(By.id("submit-files"));
        assertEquals("Voeg hoogstens 5 bestanden toe.", browser.waitFor(By.id("error-files")).getText());
        browser.open("/portal/requests/" + key);
        browser.driver().findElement(By.id("add-files")).sendKeys(file("leeg.bin", "").toString());
        browser.clickAndWaitForNewPage(By.id("submit-files"));
        assertEquals("leeg.bin is leeg.", browser.waitFor(By.id("error-files")).getText());
        browser.open("/language?to=en&next=/portal/requests/" + key);
        browser.waitFor(By.id("add-files")).sendKeys(file("empty.bin", "").toString());
        browser.clickAndWaitForNewPage(By.id("submit-files"));
        assertEquals("empty.bin is empty.", browser.waitFor(By.id("error-files")).getText());
        assertEquals("only the first file was stored", 1, browser.driver().findElements(By.cssSelector("#attachments li")).size());

        // Without the form's token: refused, nothing stored.
        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        String boundary = "ma-boundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"attachment.files\"; filename=\"x.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nzonder token\r\n--" + boundary + "--\r\n";
        HttpResponse<String> forged = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(SANDBOX.url("/portal/requests/" + key + "/files")))
                .header("Cookie", "JSESSIONID=" + session.getValue())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, forged.statusCode());
        browser.open("/portal/requests/" + key);
        assertEquals(1, browser.waitFor(By.id("attachments")).findElements(By.cssSelector("li")).size());

        // Another deelnemer cannot add files to it.
        browser.driver().manage().deleteAllCookies();
        browser.signIn("/portal/requests/" + key, "bram", DemoDirectory.PASSWORD);
        assertTrue(browser.driver().findElements(By.id("files-form")).isEmpty());
    }
}
