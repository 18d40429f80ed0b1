package nl.mijnaansluiting.servicedesk.jira;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import nl.mijnaansluiting.servicedesk.web.PageChrome;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Pages inside Jira: Jira's decorator draws the chrome and writes out the web resources we require
 * here (AUI comes with every Jira page), so the head needs nothing of ours.
 */
public class JiraPageChrome implements PageChrome {

    static final String WEB_RESOURCE_CONTEXT = "ma-servicedesk";

    private final ApplicationProperties applicationProperties;
    private final PageBuilderService pageBuilderService;

    public JiraPageChrome(ApplicationProperties applicationProperties, PageBuilderService pageBuilderService) {
        this.applicationProperties = applicationProperties;
        this.pageBuilderService = pageBuilderService;
    }

    @Override
    public String baseUrl() {
        return applicationProperties.getBaseUrl(UrlMode.RELATIVE);
    }

    @Override
    public String headHtml() {
        pageBuilderService.assembler().resources().requireContext(WEB_RESOURCE_CONTEXT);
        return "";
    }

    @Override
    public String bannerHtml(String language) {
        return "";
    }

    @Override
    public String loginUrl(String returnTo) {
        return baseUrl() + "/login.jsp?os_destination=" + URLEncoder.encode(returnTo, StandardCharsets.UTF_8);
    }
}
