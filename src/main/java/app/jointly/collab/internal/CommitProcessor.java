package app.jointly.collab.internal;

import com.hazelcast.map.EntryProcessor;
import java.io.Serial;
import java.util.List;
import java.util.Map;

/**
 * Commits durable updates to the authority's state, on the owner and (as its own backup processor) on the backup.
 * Answers the new version, or -1 when the state moved on meanwhile (then nothing changes).
 */
public final class CommitProcessor implements EntryProcessor<String, DocState, Integer> {

    @Serial
    private static final long serialVersionUID = 1L;

    private final int expectedVersion;
    private final List<StoredUpdate> updates;

    public CommitProcessor(int expectedVersion, List<StoredUpdate> updates) {
        this.expectedVersion = expectedVersion;
        this.updates = updates;
    }

    @Override
    public Integer process(Map.Entry<String, DocState> entry) {
        DocState state = entry.getValue();
        if (state == null || state.version() != expectedVersion) {
            return -1;
        }
        state.commit(updates);
        entry.setValue(state);
        return state.version();
    }
}
