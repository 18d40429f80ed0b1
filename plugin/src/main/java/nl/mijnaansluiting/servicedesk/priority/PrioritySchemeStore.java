package nl.mijnaansluiting.servicedesk.priority;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Port: every saved version of every priority scheme (JSON), in Active Objects. Versions are never changed. */
public interface PrioritySchemeStore {

    /** One saved version: who saved it, when, why, and the definition as JSON text. */
    final class Version {
        private final String schemeKey;
        private final int number;
        private final String definition;
        private final String savedBy;
        private final Instant savedAt;
        private final String comment;

        public Version(String schemeKey, int number, String definition, String savedBy, Instant savedAt, String comment) {
            this.schemeKey = Objects.requireNonNull(schemeKey);
            this.number = number;
            this.definition = Objects.requireNonNull(definition);
            this.savedBy = Objects.requireNonNull(savedBy);
            this.savedAt = Objects.requireNonNull(savedAt);
            this.comment = comment == null ? "" : comment;
        }

        public String schemeKey() {
            return schemeKey;
        }

        public int number() {
            return number;
        }

        public String definition() {
            return definition;
        }

        public String savedBy() {
            return savedBy;
        }

        public Instant savedAt() {
            return savedAt;
        }

        public String comment() {
            return comment;
        }
    }

    /** The newest version number of each stored scheme, by scheme key. Cheap: reads no definitions. */
    Map<String, Integer> latestVersions();

    Optional<Version> version(String schemeKey, int number);

    /** Every version of a scheme, newest first. */
    List<Version> history(String schemeKey);

    /**
     * Stores {@code definition} as version {@code number}, in one transaction. False when that version
     * already exists (someone saved in between): nothing is stored then.
     */
    boolean add(Version version);
}
