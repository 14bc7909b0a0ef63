package app.jointly.collab.internal;

import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * How co-editing values are written into Hazelcast's own streams by the messages that cross the cluster on every
 * push (entry processors, their answers, published batches). Java serialisation, the default for them before,
 * built an object stream per message and was a fifth of a node's allocation under load.
 */
final class ClusterWire {

    private ClusterWire() {
    }

    /** Writes one value of a list. */
    interface Writer<T> {
        void write(ObjectDataOutput out, T value) throws IOException;
    }

    /** Reads one value of a list. */
    interface Reader<T> {
        T read(ObjectDataInput in) throws IOException;
    }

    /** A list (null allowed) as its size, -1 for null, then its values. */
    static <T> void writeList(ObjectDataOutput out, List<T> values, Writer<T> writer) throws IOException {
        if (values == null) {
            out.writeInt(-1);
            return;
        }
        out.writeInt(values.size());
        for (T value : values) {
            writer.write(out, value);
        }
    }

    static <T> List<T> readList(ObjectDataInput in, Reader<T> reader) throws IOException {
        int size = in.readInt();
        if (size < 0) {
            return null;
        }
        List<T> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(reader.read(in));
        }
        return values;
    }

    static void writeUpdates(ObjectDataOutput out, List<StoredUpdate> updates) throws IOException {
        writeList(out, updates, ClusterWire::writeUpdate);
    }

    static List<StoredUpdate> readUpdates(ObjectDataInput in) throws IOException {
        return readList(in, ClusterWire::readUpdate);
    }

    private static void writeUpdate(ObjectDataOutput out, StoredUpdate update) throws IOException {
        out.writeInt(update.version());
        out.writeInt(update.groupFrom());
        out.writeString(update.clientId());
        out.writeString(update.userId());
        out.writeString(update.userName());
        out.writeString(update.changesJson());
    }

    private static StoredUpdate readUpdate(ObjectDataInput in) throws IOException {
        return new StoredUpdate(in.readInt(), in.readInt(), in.readString(), in.readString(), in.readString(),
                in.readString());
    }

    static void writeStrings(ObjectDataOutput out, List<String> values) throws IOException {
        writeList(out, values, ObjectDataOutput::writeString);
    }

    static List<String> readStrings(ObjectDataInput in) throws IOException {
        return readList(in, ObjectDataInput::readString);
    }

    static void writeGroup(ObjectDataOutput out, UpdatesMessage group) throws IOException {
        out.writeString(group.doc());
        out.writeInt(group.fromVersion());
        writeStrings(out, group.updates());
    }

    static UpdatesMessage readGroup(ObjectDataInput in) throws IOException {
        return new UpdatesMessage(in.readString(), in.readInt(), readStrings(in));
    }

    static void writePush(ObjectDataOutput out, PushRequest push) throws IOException {
        out.writeInt(push.baseVersion());
        writeStrings(out, push.clientIds());
        writeStrings(out, push.changes());
        out.writeString(push.userId());
        out.writeString(push.userName());
    }

    static PushRequest readPush(ObjectDataInput in) throws IOException {
        return new PushRequest(in.readInt(), readStrings(in), readStrings(in), in.readString(), in.readString());
    }

    static void writeResult(ObjectDataOutput out, PrepareResult result) throws IOException {
        out.writeByte(result.outcome().ordinal());
        out.writeInt(result.currentVersion());
        writeUpdates(out, result.updates());
        out.writeString(result.errorCode());
        out.writeString(result.message());
    }

    static PrepareResult readResult(ObjectDataInput in) throws IOException {
        PrepareResult.Outcome outcome = PrepareResult.Outcome.values()[in.readByte()];
        return new PrepareResult(outcome, in.readInt(), readUpdates(in), in.readString(), in.readString());
    }
}
