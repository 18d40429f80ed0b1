package nl.mijnaansluiting.servicedesk.escalation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.mijnaansluiting.servicedesk.text.Translated;
import nl.mijnaansluiting.servicedesk.text.TranslatedJson;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a firing does to the request itself (a hand-over, an internal comment), written as a row in the
 * firing's transaction and applied to the request afterwards, once, under its key: the firing key and
 * the kind. In Jira the request is an issue whose changes are outside the add-on's transaction, so a
 * rolled-back chunk must not have touched it: it has only written rows, which roll back with it.
 */
public final class DeskAction {

    public enum Kind { REASSIGN, COMMENT }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** PENDING: to apply (again, after a failure); APPLIED: done once; FAILED: given up, see the error. */
    public enum State { PENDING, APPLIED, FAILED }

    private final long id;
    private final String actionKey;
    private final String requestKey;
    private final Kind kind;
    private final String text;
    private final State state;
    private final int attempts;
    private final String lastError;
    private final Instant createdAt;

    public DeskAction(long id, String actionKey, String requestKey, Kind kind, String text, State state, int attempts,
                      String lastError, Instant createdAt) {
        this.id = id;
        this.actionKey = Objects.requireNonNull(actionKey);
        this.requestKey = Objects.requireNonNull(requestKey);
        this.kind = Objects.requireNonNull(kind);
        this.text = Objects.requireNonNull(text);
        this.state = Objects.requireNonNull(state);
        this.attempts = attempts;
        this.lastError = lastError;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** A new action of a firing: its key is the firing key and the kind, unique. */
    public static DeskAction queued(String firingKey, String requestKey, Kind kind, String text, Instant at) {
        return new DeskAction(0, firingKey + "/" + kind.name().toLowerCase(java.util.Locale.ROOT), requestKey, kind, text,
                State.PENDING, 0, null, at);
    }

    public long id() {
        return id;
    }

    public String actionKey() {
        return actionKey;
    }

    public String requestKey() {
        return requestKey;
    }

    public Kind kind() {
        return kind;
    }

    /** The team for a hand-over, the text for a comment (both languages: {@link #textIn(Locale)}). */
    public String text() {
        return text;
    }

    /** A comment's text as it is stored: in both languages, {"nl":"..","en":".."}. */
    public static String bilingual(Translated text) {
        return TranslatedJson.write(text).toString();
    }

    /** A comment's text in the language it is written in; a row stored before there were two as it was. */
    public String textIn(Locale language) {
        if (!text.startsWith("{")) {
            return text;
        }
        try {
            JsonNode json = JSON.readTree(text);
            String dutch = TranslatedJson.text(json, "nl");
            return dutch.isEmpty() ? text : Translated.of(dutch, TranslatedJson.text(json, "en")).in(language);
        } catch (java.io.IOException e) {
            return text;
        }
    }

    public State state() {
        return state;
    }

    public int attempts() {
        return attempts;
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
