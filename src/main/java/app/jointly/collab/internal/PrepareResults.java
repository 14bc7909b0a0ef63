package app.jointly.collab.internal;

import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import com.hazelcast.nio.serialization.DataSerializable;
import java.io.IOException;
import java.util.List;

/** The accept step's answer for a batch, one result per push in order, as it crosses the cluster. */
public final class PrepareResults implements DataSerializable {

    private List<PrepareResult> results;

    /** For Hazelcast, which fills it with {@link #readData}. */
    public PrepareResults() {
    }

    PrepareResults(List<PrepareResult> results) {
        this.results = results;
    }

    List<PrepareResult> results() {
        return results;
    }

    @Override
    public void writeData(ObjectDataOutput out) throws IOException {
        ClusterWire.writeList(out, results, ClusterWire::writeResult);
    }

    @Override
    public void readData(ObjectDataInput in) throws IOException {
        results = ClusterWire.readList(in, ClusterWire::readResult);
    }
}
