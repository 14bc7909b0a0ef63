package app.jointly.effects;

import java.time.Instant;

/**
 * An effect not yet carried out, as an operator sees it.
 *
 * @param collection  the collection of the document that caused it
 * @param documentId  that document's id
 * @param id          the effect's own id (unique)
 * @param type        the event's simple class name
 * @param attempts    how many times a node started it
 * @param nextAttemptAt when a node may start it (again); in the future while a node holds it or after a failure
 * @param lastError   the last failure's message, or null
 */
public record PendingEffect(String collection, String documentId, String id, String type, Instant createdAt,
                            int attempts, Instant nextAttemptAt, String lastError) {
}
