package nl.mijnaansluiting.servicedesk.sandbox;

import nl.mijnaansluiting.servicedesk.access.Caller;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the sandbox knows about the request being served: who signed in (if anyone), the form token (made only
 * when a page asks for it, so a request that shows no form sets nothing) and the language.
 */
public record Visit(Optional<Caller> caller, Supplier<String> formToken, String language) {

    public Visit(Optional<Caller> caller, String formToken, String language) {
        this(caller, () -> formToken, language);
    }

    public String xsrfToken() {
        return formToken.get();
    }
}
