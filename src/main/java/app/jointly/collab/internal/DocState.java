package app.jointly.collab.internal;

import app.jointly.collab.CollabLimits;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The authority's state of one co-editable text, held in the cluster map under the text's id (on the partition
 * owner, with a backup elsewhere): the version, the current text, who wrote what, and the most recent updates.
 * Everything in it is already durable in MongoDB: updates are committed here only after the update log has them.
 */
public final class DocState implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private int version;
    private String text;
    private AuthorSpans authors;
    /** The last accepted updates, oldest first, the last one creating {@link #version}. */
    private final ArrayList<StoredUpdate> window;
    /** Names of everyone who wrote here, by user id, for the authorship legend. */
    private final LinkedHashMap<String, String> authorNames = new LinkedHashMap<>();

    public DocState(int version, String text, AuthorSpans authors, List<StoredUpdate> window) {
        this.version = version;
        this.text = text;
        this.authors = authors;
        this.window = new ArrayList<>(window);
    }

    public int version() {
        return version;
    }

    public String text() {
        return text;
    }

    public AuthorSpans authors() {
        return authors;
    }

    /** {@code {"userId":"name",...}} for everyone who wrote here. */
    String authorNamesJson() {
        StringBuilder out = new StringBuilder("{");
        authorNames.forEach((id, name) -> {
            if (out.length() > 1) {
                out.append(',');
            }
            JsonText.appendString(out, id).append(':');
            JsonText.appendString(out, name);
        });
        return out.append('}').toString();
    }

    /** The oldest version whose following updates are all in the window. */
    int windowStart() {
        return version - window.size();
    }

    /** Updates after {@code since}, or null when some of them left the window. */
    List<StoredUpdate> since(int since) {
        if (since < windowStart() || since > version) {
            return null;
        }
        return List.copyOf(window.subList(since - windowStart(), window.size()));
    }

    /**
     * The groups accepted after {@code base}, or null when {@code base} is not where a group starts in the window
     * (then a push made at it cannot be rebased as its client saw the updates, and is refused).
     */
    List<List<StoredUpdate>> groupsAfter(int base) {
        if (base < windowStart() || base >= version) {
            return null;
        }
        List<StoredUpdate> after = window.subList(base - windowStart(), window.size());
        if (after.getFirst().groupFrom() != base + 1) {
            return null;
        }
        return Groups.split(after);
    }

    /** Appends accepted updates (whose versions follow this state's version). */
    void commit(List<StoredUpdate> updates) {
        for (StoredUpdate update : updates) {
            if (update.version() != version + 1) {
                throw new IllegalStateException("Update " + update.version() + " does not follow " + version);
            }
            ChangeSet changes = update.changes();
            text = changes.apply(text);
            authors = authors.apply(changes, update.userId());
            version++;
            window.add(update);
            if (update.userId() != null && update.userName() != null && authorNames.size() < 1000) {
                authorNames.put(update.userId(), update.userName());
            }
        }
        int excess = window.size() - CollabLimits.WINDOW;
        if (excess > 0) {
            window.subList(0, excess).clear();
        }
    }
}
