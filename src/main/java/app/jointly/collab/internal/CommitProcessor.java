package app.jointly.collab.internal;

import com.hazelcast.map.EntryProcessor;
import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import com.hazelcast.nio.serialization.DataSerializable;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Commits durable updates to the authority's state, on the owner and (as its own backup processor) on the backup.
 * Answers the new version, or -1 when the state moved on meanwhile (then nothing changes).
 */
public final class CommitProcessor implements EntryProcessor<String, DocState, Integer>, DataSerializable {

    private int expectedVersion;
    private List<StoredUpdate> updates;

    /** For Hazelcast, which fills it with {@link #readData}. */
    public CommitProcessor() {
    }

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

    @Override
    public void writeData(ObjectDataOutput out) throws IOException {
        out.writeInt(expectedVersion);
        ClusterWire.writeUpdates(out, updates);
    }

    @Override
    public void readData(ObjectDataInput in) throws IOException {
        expectedVersion = in.readInt();
        updates = ClusterWire.readUpdates(in);
    }
}
