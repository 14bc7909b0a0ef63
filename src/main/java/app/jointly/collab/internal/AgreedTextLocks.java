package app.jointly.collab.internal;

import app.jointly.document.AgreedTextReleased;
import app.jointly.document.SectionTextReplaced;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Keeps the lock flag of this node's joined connections current: when a tentative agreement locks a section's text
 * (or a reopen releases it) every connection joined to it hears at once, so a push that arrives afterwards is
 * refused even though the connection joined before the lock; and keeps {@link LockedTexts} current for the engine's
 * check under the text's lock. The events reach every node; the periodic membership recheck reads the flag again
 * in case one was missed. Joined clients get a {@code lock} message.
 */
@Component
class AgreedTextLocks {

    private static final Logger log = LoggerFactory.getLogger(AgreedTextLocks.class);

    private final LocalHub hub;
    private final TextCatalog catalog;
    private final LockedTexts lockedTexts;
    private final TextLockReadings lockReadings;

    AgreedTextLocks(LocalHub hub, TextCatalog catalog, LockedTexts lockedTexts, TextLockReadings lockReadings) {
        this.lockReadings = lockReadings;
        this.hub = hub;
        this.catalog = catalog;
        this.lockedTexts = lockedTexts;
    }

    /** First, so the cluster knows of the lock before {@link StoredTextFollower} writes the agreed text. */
    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(SectionTextReplaced event) {
        if (event.agreement()) {
            refresh(event.sectionId().value());
        }
    }

    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(AgreedTextReleased event) {
        refresh(event.sectionId().value());
    }

    private void refresh(String doc) {
        boolean locked = catalog.isLocked(doc);
        lockedTexts.set(doc, locked);
        lockReadings.record(doc, locked);
        for (Subscription subscription : hub.subscribers(doc)) {
            if (subscription.setLocked(locked)) {
                subscription.connection().send(message(doc, locked));
            }
        }
        log.debug("Text {} is {} for its joined connections", doc, locked ? "locked" : "open");
    }

    static String message(String doc, boolean locked) {
        StringBuilder out = new StringBuilder("{\"type\":\"lock\",\"doc\":");
        JsonText.appendString(out, doc).append(",\"locked\":").append(locked).append(",\"message\":");
        return JsonText.appendString(out, locked ? LockedTexts.MESSAGE
                : "This article was reopened: it can be edited again.").append('}').toString();
    }
}
