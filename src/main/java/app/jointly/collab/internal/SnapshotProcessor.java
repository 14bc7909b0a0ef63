package app.jointly.collab.internal;

import com.hazelcast.core.ReadOnly;
import com.hazelcast.map.EntryProcessor;
import java.io.Serial;
import java.util.Map;

/** Copies a text's state for a periodic snapshot, so rebuilding never replays more than a few hundred updates. */
public final class SnapshotProcessor implements EntryProcessor<String, DocState, UpdateLog.Snapshot>, ReadOnly {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    public UpdateLog.Snapshot process(Map.Entry<String, DocState> entry) {
        DocState state = entry.getValue();
        return state == null ? null : new UpdateLog.Snapshot(state.version(), state.text(), state.authors());
    }

    @Override
    public EntryProcessor<String, DocState, UpdateLog.Snapshot> getBackupProcessor() {
        return null;
    }
}
