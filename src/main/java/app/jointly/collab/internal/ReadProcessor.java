package app.jointly.collab.internal;

import com.hazelcast.core.ReadOnly;
import com.hazelcast.map.EntryProcessor;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Reads from the authority where the state lives, copying only what is asked: the whole text for a join, or the
 * updates after a version for a pull.
 */
public final class ReadProcessor implements EntryProcessor<String, DocState, ReadProcessor.Snapshot>, ReadOnly {

    @Serial
    private static final long serialVersionUID = 1L;

    /** {@code updates} is null when they left the window; {@code text} and {@code authors} only for joins. */
    public record Snapshot(int version, String text, String authors, String authorNames, List<StoredUpdate> updates)
            implements Serializable {
    }

    private final int since;

    /** @param since the version to pull from, or -1 for the whole text */
    public ReadProcessor(int since) {
        this.since = since;
    }

    @Override
    public Snapshot process(Map.Entry<String, DocState> entry) {
        DocState state = entry.getValue();
        if (state == null) {
            return null;
        }
        if (since < 0) {
            return new Snapshot(state.version(), state.text(), state.authors().toJson(), state.authorNamesJson(), null);
        }
        return new Snapshot(state.version(), null, null, null, state.since(Math.min(since, state.version())));
    }

    @Override
    public EntryProcessor<String, DocState, Snapshot> getBackupProcessor() {
        return null;
    }
}
