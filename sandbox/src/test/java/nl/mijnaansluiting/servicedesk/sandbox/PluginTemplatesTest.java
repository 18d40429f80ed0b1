package nl.mijnaansluiting.servicedesk.sandbox;

import nl.mijnaansluiting.servicedesk.access.Caller;
import nl.mijnaansluiting.servicedesk.access.Role;
import nl.mijnaansluiting.servicedesk.text.Messages;
import nl.mijnaansluiting.servicedesk.web.PageChrome;
import nl.mijnaansluiting.servicedesk.web.PageRenderer;
import org.junit.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.junit.Assert.assertThat;

/** The plugin's Velocity templates rendered for real, in both languages, with hostile text escaped. */
public class PluginTemplatesTest {

    private static final String HOSTILE = "<script>alert('x')</script> & \"Jan\"";
    private static final String ESCAPED = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Jan&quot;";

    /** Trusted head and banner HTML, as a host would give them. */
    private static final PageChrome CHROME = new PageChrome() {
        public String baseUrl() { return "/jira"; }
        public String headHtml() { return "<link rel=\"stylesheet\" href=\"/aui.css\">"; }
        public String bannerHtml(String language) { return "<header id=\"host-banner\"></header>"; }
        public String loginUrl(String returnTo) { return "/login"; }
    };

    private final PageRenderer renderer = new PageRenderer(new VelocityTemplates(), CHROME, new Messages(), new DemoDirectory());

    private static Caller caller(String displayName, Locale locale, Role... roles) {
        return new Caller("anna", displayName, EnumSet.copyOf(Set.of(roles)), Set.of("noordnet"), locale);
    }

    @Test
    public void homeInDutchEscapesTheDisplayNameAndKeepsTheHostsHtml() throws Exception {
        String html = renderer.render("templates/home.vm", caller(HOSTILE, Messages.DUTCH, Role.CUSTOMER), Map.of(
                "roleKeys", List.of("ma.role.customer"), "organisations", List.of("noordnet"),
                "isAdmin", false, "isStaff", false, "isCustomer", true));
        assertThat(html, containsString("<html lang=\"nl\">"));
        assertThat(html, containsString("Welkom, " + ESCAPED));
        assertThat(html, not(containsString("<script>alert")));
        assertThat(html, containsString("<link rel=\"stylesheet\" href=\"/aui.css\">"));
        assertThat(html, containsString("<header id=\"host-banner\"></header>"));
        assertThat(html, containsString("Deelnemer (klantportaal)"));
        assertThat(html, not(containsString("audit-link")));
    }

    @Test
    public void homeInEnglishShowsAdminsTheAuditLinkBelowTheBaseUrl() throws Exception {
        String html = renderer.render("templates/home.vm", caller("Ilse", Locale.ENGLISH, Role.ADMIN), Map.of(
                "roleKeys", List.of("ma.role.admin"), "organisations", List.of(),
                "isAdmin", true, "isStaff", true, "isCustomer", false));
        assertThat(html, containsString("<html lang=\"en\">"));
        assertThat(html, containsString("Welcome, Ilse"));
        assertThat(html, containsString("href=\"/jira/plugins/servlet/ma-servicedesk/admin/audit\""));
        assertThat(html, not(containsString("id=\"organisations\"")));
    }

    @Test
    public void auditRowsAreEscaped() throws Exception {
        String html = renderer.render("templates/audit.vm", caller("Ilse", Messages.DUTCH, Role.ADMIN), Map.of(
                "events", List.of(Map.of("when", "2026-11-20 10:00:00", "actor", HOSTILE, "action", "sign-in.failed",
                        "subject", "sign-in / x", "details", HOSTILE))));
        assertThat(html, containsString("<td>" + ESCAPED + "</td>"));
        assertThat(html, not(containsString("<script>alert")));
        assertThat(html, containsString("Audittrail"));
    }

    private Map<String, Object> escalationPage(String addOnUser, String addOnUserName, boolean exists) {
        Map<String, Object> values = new java.util.HashMap<>();
        values.put("policies", List.of());
        values.put("outbox", List.of(Map.of("request", "MA-7", "recipient", "Hanna Servicemanager", "subject", "[MA-7] x",
                "state", "PENDING", "attempts", 0, "error", "", "created", "2026-11-20T09:00:00Z")));
        values.put("addOnUser", addOnUser);
        values.put("addOnUserName", addOnUserName);
        values.put("addOnUserExists", exists);
        values.put("addOnUserDefault", "ma-servicedesk-app");
        values.put("scheme", "");
        values.put("definition", "");
        values.put("errors", List.of());
        values.put("done", "");
        values.put("tokenName", "atl_token");
        values.put("token", "t");
        values.put("action", "/jira/plugins/servlet/ma-servicedesk/admin/escalation");
        return values;
    }

    @Test
    public void theEscalationPageNamesTheAddOnsUserInTheAdminsLanguageEscaped() throws Exception {
        String dutch = renderer.render("templates/escalation-admin.vm", caller("Ilse", Messages.DUTCH, Role.ADMIN),
                escalationPage("app", HOSTILE, true));
        assertThat(dutch, containsString("Opmerkingen van het escalatiebeleid zijn van " + ESCAPED + " (app)."));
        assertThat(dutch, containsString("<td>Hanna Servicemanager</td>"));
        assertThat(dutch, not(containsString("<script>alert")));
        assertThat(dutch, not(containsString("sweep")));
        String english = renderer.render("templates/escalation-admin.vm", caller("Ilse", Locale.ENGLISH, Role.ADMIN),
                escalationPage(HOSTILE, HOSTILE, false));
        assertThat(english, containsString("The user " + ESCAPED + " does not exist: the escalation policy&#39;s comments are"
                + " written without an author."));
        assertThat(english, containsString("Leave empty for ma-servicedesk-app."));
        assertThat(english, containsString("value=\"" + ESCAPED + "\""));
        assertThat(english, not(containsString("<script>alert")));
        assertThat(english, not(containsString("sweep")));
    }

    private static Map<String, Object> row(Object... pairs) {
        Map<String, Object> row = new java.util.HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            row.put((String) pairs[i], pairs[i + 1]);
        }
        return row;
    }

    private static Map<String, Object> editor(Map<String, Object> values) {
        values.put("jsonErrors", List.of(HOSTILE));
        values.put("definition", HOSTILE);
        values.put("errorCount", 3);
        values.put("unplacedErrors", List.of(HOSTILE));
        values.put("done", "");
        values.put("tokenName", "atl_token");
        values.put("token", "t");
        values.put("action", "/jira/plugins/servlet/ma-servicedesk/admin/sla");
        values.put("editorHidden", List.of(Map.of("name", "key", "value", HOSTILE)));
        return values;
    }

    @Test
    public void theCalendarFormEscapesWhatWasTypedAndEachErrorStandsAtItsField() throws Exception {
        Map<String, Object> form = row("key", HOSTILE, "keyErrors", List.of(), "name", HOSTILE, "nameErrors", List.of(HOSTILE),
                "zone", HOSTILE, "zoneErrors", List.of(), "aroundTheClock", false, "hoursErrors", List.of(),
                "days", List.of(row("name", "MONDAY", "label", "Maandag", "errors", List.of(), "rows", List.of(
                        row("p", "hours.MONDAY[0]", "id", "hours-MONDAY-0", "from", HOSTILE, "to", "17:00", "spare", false,
                                "first", true, "errors", List.of(HOSTILE))))),
                "countries", List.of(row("value", "NL", "label", HOSTILE, "selected", true)), "country", "NL",
                "countryErrors", List.of(),
                "holidays", List.of(row("key", HOSTILE, "id", "holiday-x", "name", HOSTILE, "counts", true, "kind", "feestdag")),
                "daysOff", List.of(row("p", "daysOff[0]", "id", "daysOff-0", "date", "2026-12-24", "name", HOSTILE, "spare", false,
                        "errors", List.of())),
                "closed", List.of());
        Map<String, Object> values = editor(row("calendars", List.of(), "goalSets", List.of(), "kind", "calendar",
                "key", "kantooruren", "goalWords", List.of(), "form", form, "replans", List.of()));
        String html = renderer.render("templates/sla-admin.vm", caller("Ilse", Messages.DUTCH, Role.ADMIN), values);
        assertThat(html, not(containsString("<script>alert")));
        assertThat(html, containsString("id=\"cal-name\" name=\"f.name\" value=\"" + ESCAPED + "\""));
        assertThat(html, containsString("<div class=\"error ma-field-error\">" + ESCAPED + "</div>"));
        assertThat(html, containsString("value=\"" + ESCAPED + "\" checked>"));
        assertThat(html, containsString("Niet opgeslagen: 3 fout(en)."));
        assertThat(html, containsString(">" + ESCAPED + "</textarea>"));
        assertThat(html, not(containsString("$form")));
    }

    @Test
    public void thePolicyFormEscapesLevelsReasonsAndSteps() throws Exception {
        Map<String, Object> translated = row("nl", HOSTILE, "en", HOSTILE, "errors", List.of(HOSTILE));
        Map<String, Object> form = row("scheme", HOSTILE, "schemeErrors", List.of(), "serviceManagers", HOSTILE,
                "serviceManagersErrors", List.of(HOSTILE), "finalOwners", "", "finalOwnersErrors", List.of(),
                "levelsErrors", List.of(), "levels", List.of(row("p", "levels[0]", "id", "levels-0", "spare", false, "nl", HOSTILE,
                        "en", HOSTILE, "errors", List.of())),
                "reasonsErrors", List.of(), "reasons", List.of(row("p", "reasons[0]", "id", "reasons-0", "spare", false, "key", HOSTILE,
                        "keyErrors", List.of(), "name", translated, "meaning", translated)),
                "stepsErrors", List.of(), "steps", List.of(row("p", "steps[0]", "id", "steps-0", "spare", false, "number", 1,
                        "metrics", List.of(row("value", "reaction", "label", HOSTILE, "selected", true)), "metricErrors", List.of(),
                        "priorities", HOSTILE, "share", HOSTILE, "shareErrors", List.of(HOSTILE),
                        "recipients", List.of(row("value", "GROUP", "label", HOSTILE, "selected", true)), "notifyErrors", List.of(),
                        "groups", HOSTILE, "groupsErrors", List.of(), "reassignTo", HOSTILE, "raiseLevel", true, "repeat", false,
                        "comment", translated, "errors", List.of())));
        Map<String, Object> values = editor(escalationPage("app", "App", true));
        values.put("scheme", "borger-dk");
        values.put("form", form);
        values.put("addOnUserErrors", List.of());
        String html = renderer.render("templates/escalation-admin.vm", caller("Ilse", Locale.ENGLISH, Role.ADMIN), values);
        assertThat(html, not(containsString("<script>alert")));
        assertThat(html, containsString("name=\"f.levels[0].nl\" value=\"" + ESCAPED + "\""));
        assertThat(html, containsString(">" + ESCAPED + "</textarea>"));
        assertThat(html, containsString("<label for=\"steps-0-notify-GROUP\">" + ESCAPED + "</label>"));
        assertThat(html, containsString("Step 1"));
        assertThat(html, not(containsString("$step")));
    }

    @Test
    public void theAuditFiltersKeepWhatWasTypedEscaped() throws Exception {
        Map<String, Object> values = row("events", List.of(), "filter", Map.of("actor", HOSTILE, "action", "", "from", HOSTILE,
                "until", ""), "actions", List.of(row("value", "sign-in.failed", "label", HOSTILE, "selected", false)),
                "actorErrors", List.of(), "actionErrors", List.of(), "fromErrors", List.of(HOSTILE), "untilErrors", List.of(),
                "otherErrors", List.of(), "filtered", true, "rangeText", "", "previous", "", "next", "",
                "action", "/jira/plugins/servlet/ma-servicedesk/admin/audit", "reset", "/jira/plugins/servlet/ma-servicedesk/admin/audit");
        String html = renderer.render("templates/audit.vm", caller("Ilse", Locale.ENGLISH, Role.ADMIN), values);
        assertThat(html, not(containsString("<script>alert")));
        assertThat(html, containsString("id=\"audit-actor\" name=\"actor\" value=\"" + ESCAPED + "\""));
        assertThat(html, containsString("<div class=\"error ma-field-error\">" + ESCAPED + "</div>"));
        assertThat(html, containsString("Nothing found with these filters."));
    }

    @Test
    public void anEmptyAuditTrailSaysSo() throws Exception {
        String html = renderer.render("templates/audit.vm", caller("Ilse", Locale.ENGLISH, Role.ADMIN),
                Map.of("events", List.of()));
        assertThat(html, containsString("Nothing has been recorded yet."));
    }

    @Test
    public void theValidatorConfigurationEscapesFieldNamesAndMarksTheChosenOne() throws Exception {
        java.io.StringWriter input = new java.io.StringWriter();
        new VelocityTemplates().render("templates/workflow/keyuser-validator-input.vm", Map.of(
                "texts", new nl.mijnaansluiting.servicedesk.web.PageTexts(new Messages(), Messages.DUTCH),
                "customFields", List.of(Map.of("id", "customfield_1", "name", HOSTILE),
                        Map.of("id", "customfield_2", "name", "Organisaties")),
                "organisationFieldId", "customfield_2", "requestTypeFieldId", "", "requestTypes", "ma/x\"y"), input);
        assertThat(input.toString(), containsString("<option value=\"customfield_1\">" + ESCAPED + "</option>"));
        assertThat(input.toString(), containsString("<option value=\"customfield_2\" selected>Organisaties</option>"));
        assertThat(input.toString(), containsString("value=\"ma/x&quot;y\""));

        java.io.StringWriter view = new java.io.StringWriter();
        new VelocityTemplates().render("templates/workflow/keyuser-validator-view.vm", Map.of(
                "texts", new nl.mijnaansluiting.servicedesk.web.PageTexts(new Messages(), Locale.ENGLISH),
                "organisationFieldName", "Organizations", "requestTypes", "ma/dsp-opdrachten-annuleren"), view);
        assertThat(view.toString().trim(), containsString(
                "Only key-users of the participant in Organizations can create a request of type ma/dsp-opdrachten-annuleren."));
    }

    @Test
    public void theEscalationTransitionConfigurationEscapesFieldNames() throws Exception {
        java.io.StringWriter input = new java.io.StringWriter();
        new VelocityTemplates().render("templates/workflow/escalation-input.vm", Map.of(
                "texts", new nl.mijnaansluiting.servicedesk.web.PageTexts(new Messages(), Messages.DUTCH), "up", false,
                "customFields", List.of(Map.of("id", "customfield_1", "name", HOSTILE),
                        Map.of("id", "customfield_2", "name", "Escalatiereden")),
                "reasonFieldId", "customfield_2", "explanationFieldId", "customfield_1"), input);
        assertThat(input.toString(), containsString("<option value=\"customfield_1\" selected>" + ESCAPED + "</option>"));
        assertThat(input.toString(), containsString("<option value=\"customfield_2\" selected>Escalatiereden</option>"));
        assertThat(input.toString(), containsString("<option value=\"deescalate\" selected>De-escaleren</option>"));

        java.io.StringWriter view = new java.io.StringWriter();
        new VelocityTemplates().render("templates/workflow/escalation-view.vm", Map.of(
                "texts", new nl.mijnaansluiting.servicedesk.web.PageTexts(new Messages(), Locale.ENGLISH), "up", true,
                "reasonFieldName", HOSTILE, "explanationFieldName", "Toelichting"), view);
        assertThat(view.toString().trim(), containsString("Escalate with the reason from " + ESCAPED + " and the explanation from Toelichting."));
    }

    @Test
    public void theLoginPageEscapesWhatWasTyped() throws Exception {
        java.io.StringWriter out = new java.io.StringWriter();
        new VelocityTemplates().render("sandbox/templates/login.vm", Map.of(
                "texts", new nl.mijnaansluiting.servicedesk.web.PageTexts(new Messages(), Messages.DUTCH),
                "headHtml", "", "next", "/x\"><script>", "username", HOSTILE, "failed", true,
                "xsrf", "t", "otherLanguage", "en"), out);
        String html = out.toString();
        assertThat(html, containsString("value=\"" + ESCAPED + "\""));
        assertThat(html, containsString("value=\"/x&quot;&gt;&lt;script&gt;\""));
        assertThat(html, containsString("Onbekende gebruikersnaam of onjuist wachtwoord."));
    }

    /** Issue 14: the SLA field's views in Jira (issue view, queue column, XML export), rendered for real. */
    @Test
    public void theSlaFieldShowsEachGoalAsALozengeAndEscapesItsTexts() throws Exception {
        java.time.Instant due = java.time.Instant.parse("2026-11-20T15:54:00Z");
        java.time.ZoneId amsterdam = java.time.ZoneId.of("Europe/Amsterdam");
        List<nl.mijnaansluiting.servicedesk.queue.SlaLozenge> lozenges = List.of(
                new nl.mijnaansluiting.servicedesk.queue.SlaLozenge("resolution", nl.mijnaansluiting.servicedesk.queue.SlaState.RUNNING,
                        nl.mijnaansluiting.servicedesk.queue.SlaLozenge.Colour.AMBER, java.time.Duration.ofMinutes(24), 76, due, amsterdam),
                new nl.mijnaansluiting.servicedesk.queue.SlaLozenge(HOSTILE, nl.mijnaansluiting.servicedesk.queue.SlaState.MET,
                        nl.mijnaansluiting.servicedesk.queue.SlaLozenge.Colour.GREY, java.time.Duration.ZERO, 40, null, amsterdam));
        Messages messages = new Messages();
        nl.mijnaansluiting.servicedesk.jira.SlaFieldValue value = nl.mijnaansluiting.servicedesk.jira.SlaFieldValue.of(lozenges,
                messages, nl.mijnaansluiting.servicedesk.text.Formats.of(messages, Messages.DUTCH, amsterdam));
        VelocityTemplates templates = new VelocityTemplates();
        java.io.StringWriter view = new java.io.StringWriter();
        templates.render("templates/jira/sla-field-view.vm", Map.of("value", value), view);
        String html = view.toString();
        assertThat(html, containsString("<span class=\"aui-lozenge aui-lozenge-moved ma-lozenge-amber ma-goal-resolution\""
                + " title=\"Oplossing: 76 % van het doel gebruikt, uiterlijk 20 nov. 2026 16:54\" data-percent=\"76\">Oplossing: nog 24 m</span>"));
        assertThat(html, containsString("aui-lozenge-default ma-lozenge-grey"));
        assertThat(html, containsString(": gehaald</span>"));
        assertThat(html, not(containsString("<script>")));
        java.io.StringWriter xml = new java.io.StringWriter();
        templates.render("templates/jira/sla-field-xml.vm", Map.of("value", value), xml);
        assertThat(xml.toString(), containsString("<customfieldvalues><customfieldvalue>Oplossing: nog 24 m</customfieldvalue>"));
        assertThat(xml.toString(), not(containsString("<script>")));
        // No clocks, no SLA: the column stays empty.
        java.io.StringWriter none = new java.io.StringWriter();
        templates.render("templates/jira/sla-field-view.vm", new java.util.HashMap<>(), none);
        assertThat(none.toString().trim(), org.hamcrest.CoreMatchers.is(""));
    }
}
