package app.jointly.collab.internal;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceAware;
import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import com.hazelcast.nio.serialization.DataSerializable;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * A push (or, with {@code replacement}, the server's own replacement of the whole text) sent to its text's owner
 * ({@link TextOwners}) and dealt with there by the owner's {@link CollabEngine}, in the same queue as the pushes
 * that arrived at the owner itself.
 */
public final class ForwardedPush implements Callable<OwnerAnswer>, DataSerializable, HazelcastInstanceAware {

    private String doc;
    private PushRequest request;
    private String replacement;
    private transient HazelcastInstance hazelcast;

    /** For Hazelcast, which fills it with {@link #readData}. */
    public ForwardedPush() {
    }

    /** A client's push. */
    ForwardedPush(String doc, PushRequest request) {
        this.doc = doc;
        this.request = request;
    }

    /** The server's replacement of the text by {@code text}, made as the given user. */
    ForwardedPush(String doc, String text, String userId, String userName) {
        this(doc, new PushRequest(0, List.of(), List.of(), userId, userName));
        this.replacement = text;
    }

    @Override
    public void setHazelcastInstance(HazelcastInstance hazelcast) {
        this.hazelcast = hazelcast;
    }

    @Override
    public OwnerAnswer call() {
        CollabEngine engine = CollabEngine.of(hazelcast);
        if (engine == null) {
            return OwnerAnswer.notHere();
        }
        return OwnerAnswer.of(() -> replacement == null ? engine.pushHere(doc, request)
                : engine.replaceHere(doc, replacement, request.userId(), request.userName()));
    }

    @Override
    public void writeData(ObjectDataOutput out) throws IOException {
        out.writeString(doc);
        ClusterWire.writePush(out, request);
        out.writeString(replacement);
    }

    @Override
    public void readData(ObjectDataInput in) throws IOException {
        doc = in.readString();
        request = ClusterWire.readPush(in);
        replacement = in.readString();
    }
}
