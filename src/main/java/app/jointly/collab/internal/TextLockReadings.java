package app.jointly.collab.internal;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * This node's latest reading of each joined text's lock flag (a tentative agreement), for the periodic re-check of
 * every connection joined to it: one read from the documents module per text and period instead of one per
 * connection. {@link AgreedTextLocks} records every change it hears of at once, so a reading is never older than
 * the last change this node heard of.
 */
@Component
class TextLockReadings {

    private record Reading(boolean locked, long readAt) {
    }

    private final TextCatalog catalog;
    private final Clock clock;
    private final Map<String, Reading> readings = new ConcurrentHashMap<>();

    TextLockReadings(TextCatalog catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    /**
     * The flag as read at most {@code maxAgeMs} ago, else read now. Connections that find the reading too old
     * together wait for one read instead of each making their own.
     */
    boolean isLocked(String doc, long maxAgeMs) {
        Reading young = readings.get(doc);
        if (young != null && clock.millis() - young.readAt() <= maxAgeMs) {
            return young.locked();
        }
        return readings.compute(doc, (key, current) -> {
            long now = clock.millis();
            return current != null && now - current.readAt() <= maxAgeMs ? current
                    : new Reading(catalog.isLocked(key), now);
        }).locked();
    }

    /** A change heard of (or a reading made) just now. */
    void record(String doc, boolean locked) {
        readings.put(doc, new Reading(locked, clock.millis()));
    }

    /** Forgets a text no connection on this node is joined to any more. */
    void forget(String doc) {
        readings.remove(doc);
    }
}
