package nl.mijnaansluiting.servicedesk.web;

/**
 * Port: what a page needs from the application around it. Jira wraps our pages in its own chrome
 * (the sitemesh decorator) and serves AUI itself; the sandbox links AUI from its static files.
 */
public interface PageChrome {

    /** The application's base URL without a trailing slash, relative to the server root (may be ""). */
    String baseUrl();

    /** HTML for the page head that loads AUI and the add-on's web resources; already safe HTML. */
    String headHtml();

    /**
     * HTML for the top of the body: the application's header. Jira draws its own header (empty here);
     * the sandbox shows who is signed in, the language switch and sign-out. Already safe HTML.
     */
    String bannerHtml(String language);

    /** Where an anonymous visitor signs in before coming back to {@code returnTo} (a path below the base URL). */
    String loginUrl(String returnTo);
}
