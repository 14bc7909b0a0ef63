package app.jointly.document.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * When an edit continues the newest automatic version and when it starts a new one, as Google Docs groups its
 * history: a new version starts when someone else starts editing or after {@link #PAUSE} without edits. Named
 * versions are frozen and a restore is a version of its own, so neither is ever continued.
 */
final class VersionGrouping {

    static final Duration PAUSE = Duration.ofMinutes(2);

    private VersionGrouping() {
    }

    static boolean continues(DocumentVersionEntity latest, Set<String> authors, Instant at) {
        return latest != null
                && !latest.named()
                && latest.restoredFrom() == null
                && latest.authors() != null
                && Set.copyOf(latest.authors()).equals(authors)
                && !at.isAfter(latest.createdAt().plus(PAUSE));
    }
}
