package app.jointly.collab.internal;

import app.jointly.collab.CollabLimits;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Rebuilds a text's authority state from MongoDB: the latest snapshot plus the update log after it; a text never
 * co-edited starts from its stored text, saved at once as the version-0 snapshot so the log always has its base.
 */
@Component
class DocLoader {

    private final UpdateLog updateLog;
    private final TextCatalog catalog;

    DocLoader(UpdateLog updateLog, TextCatalog catalog) {
        this.updateLog = updateLog;
        this.catalog = catalog;
    }

    DocState load(String doc) {
        Optional<UpdateLog.Snapshot> snapshot = updateLog.snapshot(doc);
        UpdateLog.Snapshot base = snapshot.orElseGet(() -> {
            String text = normalise(catalog.storedText(doc));
            AuthorSpans authors = AuthorSpans.of(text.length(), null);
            updateLog.saveSnapshot(doc, 0, text, authors);
            return new UpdateLog.Snapshot(0, text, authors);
        });
        DocState state = new DocState(base.version(), base.text(), base.authors(), List.of());
        List<StoredUpdate> log = updateLog.read(doc, base.version(), Integer.MAX_VALUE);
        state.commit(log);
        return state;
    }

    /** Line breaks as the editor counts them: CodeMirror splits on \r\n, \r and \n and joins with \n. */
    static String normalise(String text) {
        String result = CharacterBoundaries.repair(
                text.indexOf('\r') >= 0 ? text.replace("\r\n", "\n").replace('\r', '\n') : text);
        return result.length() > CollabLimits.MAX_TEXT ? CharacterBoundaries.repair(
                result.substring(0, CollabLimits.MAX_TEXT)) : result;
    }
}
