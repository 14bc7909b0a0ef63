package app.jointly.collab.internal;

import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * This node's latest reading of each joined text's lock flag (a tentative agreement), for the periodic re-check of
 * every connection joined to it: one read from the documents module per text and period instead of one per
 * connection. {@link AgreedTextLocks} records every change it hears of at once, so a reading is never older than
 * the last change this node heard of.
 */
@Component
class TextLockReadings {

    private final TextCatalog catalog;
    private final DatedReadings<String, Boolean> readings;

    TextLockReadings(TextCatalog catalog, Clock clock) {
        this.catalog = catalog;
        this.readings = new DatedReadings<>(clock);
    }

    /** The flag as read at most {@code maxAgeMs} ago, else read now (one read for all who ask together). */
    boolean isLocked(String doc, long maxAgeMs) {
        return readings.reading(doc, maxAgeMs, catalog::isLocked).value();
    }

    /** A change heard of (or a reading made) just now. */
    void record(String doc, boolean locked) {
        readings.record(doc, locked);
    }

    /** Forgets a text no connection on this node is joined to any more. */
    void forget(String doc) {
        readings.forget(doc);
    }
}
