package nl.mijnaansluiting.servicedesk.sandbox;

import nl.mijnaansluiting.servicedesk.access.Caller;

import java.util.Optional;

/** What the sandbox knows about the request being served: who signed in (if anyone) and the form token. */
public record Visit(Optional<Caller> caller, String xsrfToken, String language) {
}
