package app.jointly.collab.internal;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * What one batch added to a text, as published to every node: its groups in version order, one cluster message
 * for the whole batch (each group still reaches clients as its own {@code updates} message).
 */
public record PublishedUpdates(List<UpdatesMessage> groups) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public PublishedUpdates {
        groups = List.copyOf(groups);
    }

    static PublishedUpdates of(String doc, List<StoredUpdate> updates) {
        return new PublishedUpdates(UpdatesMessage.perGroup(doc, updates));
    }
}
