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
 * follows through one update from the authority. The event reaches every node.
 *
 * <p>An agreement's text is followed by every node that hears the event, without a claim: the replacement is
 * idempotent (a node that finds the live text already equal changes nothing) and nobody can type into a locked
 * text in between, while a cluster-wide claim taken by a node that died before acting would leave the live text
 * stale for good. On the node that wrote the agreement the listener runs inside the agreement's durable effect,
 * so a failure there is thrown and the effect is carried out again. A plain save is still followed once, by the
 * first node to claim it: there, a second replacement arriving late could undo what someone typed meanwhile.
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
        if (event.agreement()) {
            if (engine.isCoEdited(doc)) {
                // attributed to the agreement, not to a person: the text may have been signed by anyone at the table
                engine.replaceText(doc, directory.sectionText(event.sectionId()), "tentative-agreement",
                        "Tentative agreement");
            }
            return;
        }
        String key = doc + ":" + event.documentVersion() + ":" + event.at().toEpochMilli();
        if (!engine.isCoEdited(doc) || claimed.putIfAbsent(key, Boolean.TRUE, 10, TimeUnit.MINUTES) != null) {
            return;
        }
        try {
            engine.replaceText(doc, directory.sectionText(event.sectionId()), "saved-text",
                    "Saved outside the editor");
        } catch (RuntimeException e) {
            claimed.remove(key);
            log.warn("The live text of section {} could not follow its stored text", doc, e);
        }
    }
}
