package app.jointly.collab.internal;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * Accepted updates on their way to every node: {@code updates} are protocol JSON objects for versions
 * {@code fromVersion + 1} onwards.
 */
public record UpdatesMessage(String doc, int fromVersion, List<String> updates) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public int toVersion() {
        return fromVersion + updates.size();
    }

    static UpdatesMessage of(String doc, List<StoredUpdate> updates) {
        return new UpdatesMessage(doc, updates.getFirst().version() - 1,
                updates.stream().map(StoredUpdate::toJson).toList());
    }
}
