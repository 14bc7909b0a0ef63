package app.jointly.collab.internal;

import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import com.hazelcast.nio.serialization.DataSerializable;
import java.io.IOException;
import java.util.ArrayList;
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
        out.writeInt(results.size());
        for (PrepareResult result : results) {
            ClusterWire.writeResult(out, result);
        }
    }

    @Override
    public void readData(ObjectDataInput in) throws IOException {
        int size = in.readInt();
        results = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            results.add(ClusterWire.readResult(in));
        }
    }
}
