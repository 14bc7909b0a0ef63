package app.jointly.collab.internal;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * A client's push as the authority checks it: the version the updates start from, their client ids and change
 * sets as JSON text, and the (server-known) user who pushed.
 */
public record PushRequest(int baseVersion, List<String> clientIds, List<String> changes, String userId,
                          String userName) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Characters of all the change sets, the measure of a push's size for batching and rebasing. */
    long changesLength() {
        return changes.stream().mapToLong(String::length).sum();
    }
}
