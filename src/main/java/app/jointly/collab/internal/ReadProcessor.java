package app.jointly.collab.internal;

import com.hazelcast.core.ReadOnly;
import com.hazelcast.map.EntryProcessor;
import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import com.hazelcast.nio.serialization.DataSerializable;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Reads from the authority where the state lives, copying only what is asked: the whole text for a join, or the
 * updates after a version for a pull.
 */
public final class ReadProcessor implements EntryProcessor<String, DocState, ReadProcessor.Snapshot>, ReadOnly,
        DataSerializable {

    /** {@code updates} is null when they left the window; {@code text} and {@code authors} only for joins. */
    public static final class Snapshot implements DataSerializable {
        private int version;
        private String text;
        private String authors;
        private String authorNames;
        private List<StoredUpdate> updates;

        /** For Hazelcast, which fills it with {@link #readData}. */
        public Snapshot() {
        }

        Snapshot(int version, String text, String authors, String authorNames, List<StoredUpdate> updates) {
            this.version = version;
            this.text = text;
            this.authors = authors;
            this.authorNames = authorNames;
            this.updates = updates;
        }

        public int version() {
            return version;
        }

        public String text() {
            return text;
        }

        public String authors() {
            return authors;
        }

        public String authorNames() {
            return authorNames;
        }

        public List<StoredUpdate> updates() {
            return updates;
        }

        @Override
        public void writeData(ObjectDataOutput out) throws IOException {
            out.writeInt(version);
            out.writeString(text);
            out.writeString(authors);
            out.writeString(authorNames);
            ClusterWire.writeUpdates(out, updates);
        }

        @Override
        public void readData(ObjectDataInput in) throws IOException {
            version = in.readInt();
            text = in.readString();
            authors = in.readString();
            authorNames = in.readString();
            updates = ClusterWire.readUpdates(in);
        }
    }

    private int since;

    /** For Hazelcast, which fills it with {@link #readData}. */
    public ReadProcessor() {
    }

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

    @Override
    public void writeData(ObjectDataOutput out) throws IOException {
        out.writeInt(since);
    }

    @Override
    public void readData(ObjectDataInput in) throws IOException {
        since = in.readInt();
    }
}
