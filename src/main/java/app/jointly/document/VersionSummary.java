package app.jointly.document;

import java.time.Instant;
import java.util.List;

/**
 * A version in a document's history: automatic ({@code name} null: edits grouped by author and time) or named
 * (frozen by a person, a tentative agreement or a ratification). {@code createdAt} is when its last edit was made
 * (automatic) or when it was named; {@code restoredFrom} is the version a restore brought back, else null.
 */
public record VersionSummary(String id, String name, Instant createdAt, List<Author> authors, String restoredFrom) {

    public VersionSummary {
        authors = List.copyOf(authors);
    }

    public boolean named() {
        return name != null;
    }

    /** Someone whose edits are in the version (or who named it); {@code id} may be a role such as "vote". */
    public record Author(String id, String name) {
    }
}
