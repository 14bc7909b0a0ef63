package app.jointly.collab.internal;

import app.jointly.document.DocumentDirectory;
import app.jointly.document.SectionTextReplaced;
import com.hazelcast.map.IMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When the documents module replaces a section's stored text (a tentative agreement, a plain save), the live text
 * follows through one update from the authority. The event reaches every node; the first to claim it acts.
 */
@Component
class StoredTextFollower {

    private static final Logger log = LoggerFactory.getLogger(StoredTextFollower.class);

    private final CollabEngine engine;
    private final DocumentDirectory directory;
    private final IMap<String, Boolean> claimed;

    StoredTextFollower(CollabEngine engine, DocumentDirectory directory, CollabCluster cluster) {
        this.engine = engine;
        this.directory = directory;
        this.claimed = cluster.hazelcast().getMap("collab-replacements");
    }

    @EventListener
    void on(SectionTextReplaced event) {
        String doc = event.sectionId().value();
        String key = doc + ":" + event.documentVersion() + ":" + event.at().toEpochMilli();
        if (claimed.putIfAbsent(key, Boolean.TRUE, 10, TimeUnit.MINUTES) != null || !engine.isCoEdited(doc)) {
            return;
        }
        try {
            // attributed to the event, not to a person: the text may have been written by anyone at the table
            engine.replaceText(doc, directory.sectionText(event.sectionId()),
                    event.agreement() ? "tentative-agreement" : "saved-text",
                    event.agreement() ? "Tentative agreement" : "Saved outside the editor");
        } catch (RuntimeException e) {
            log.warn("The live text of section {} could not follow its stored text", doc, e);
        }
    }
}
