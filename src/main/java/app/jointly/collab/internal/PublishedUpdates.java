package app.jointly.collab.internal;

import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import com.hazelcast.nio.serialization.DataSerializable;
import java.io.IOException;
import java.util.List;

/**
 * What one batch added to a text, as published to every node: its groups in version order, one cluster message
 * for the whole batch (each group still reaches clients as its own {@code updates} message).
 */
public final class PublishedUpdates implements DataSerializable {

    private List<UpdatesMessage> groups;

    /** For Hazelcast, which fills it with {@link #readData}. */
    public PublishedUpdates() {
    }

    PublishedUpdates(List<UpdatesMessage> groups) {
        this.groups = List.copyOf(groups);
    }

    static PublishedUpdates of(String doc, List<StoredUpdate> updates) {
        return new PublishedUpdates(UpdatesMessage.perGroup(doc, updates));
    }

    public List<UpdatesMessage> groups() {
        return groups;
    }

    @Override
    public void writeData(ObjectDataOutput out) throws IOException {
        ClusterWire.writeList(out, groups, ClusterWire::writeGroup);
    }

    @Override
    public void readData(ObjectDataInput in) throws IOException {
        groups = List.copyOf(ClusterWire.readList(in, ClusterWire::readGroup));
    }
}
