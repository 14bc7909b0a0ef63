package app.jointly.collab.internal;

import app.jointly.shared.JointlyException;
import app.jointly.shared.NotFoundException;
import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import com.hazelcast.nio.serialization.DataSerializable;
import java.io.IOException;
import java.util.function.Supplier;

/**
 * The owner's answer to a forwarded push (or replacement) as it crosses the cluster: the result, or the refusal's
 * code and message, which the forwarding node throws as it would have thrown it itself.
 */
public final class OwnerAnswer implements DataSerializable {

    private boolean accepted;
    private int version;
    private String code;
    private String message;
    private boolean notHere;

    /** For Hazelcast, which fills it with {@link #readData}. */
    public OwnerAnswer() {
    }

    private OwnerAnswer(boolean accepted, int version, String code, String message) {
        this.accepted = accepted;
        this.version = version;
        this.code = code;
        this.message = message;
    }

    /** Runs {@code work} and keeps its result or its refusal. */
    static OwnerAnswer of(Supplier<CollabEngine.PushResult> work) {
        try {
            CollabEngine.PushResult result = work.get();
            return new OwnerAnswer(result.accepted(), result.version(), null, null);
        } catch (JointlyException e) {
            return new OwnerAnswer(false, 0, e.code(), e.getMessage());
        }
    }

    /** The owner has no running engine (starting or stopping): the forwarding node does the work itself. */
    static OwnerAnswer notHere() {
        OwnerAnswer answer = new OwnerAnswer(false, 0, null, null);
        answer.notHere = true;
        return answer;
    }

    boolean isNotHere() {
        return notHere;
    }

    /** The result, or the refusal thrown. */
    CollabEngine.PushResult result() {
        if (code == null) {
            return new CollabEngine.PushResult(accepted, version);
        }
        throw "not-found".equals(code) ? new NotFoundException(message) : new ProtocolException(code, message);
    }

    @Override
    public void writeData(ObjectDataOutput out) throws IOException {
        out.writeBoolean(accepted);
        out.writeInt(version);
        out.writeString(code);
        out.writeString(message);
        out.writeBoolean(notHere);
    }

    @Override
    public void readData(ObjectDataInput in) throws IOException {
        accepted = in.readBoolean();
        version = in.readInt();
        code = in.readString();
        message = in.readString();
        notHere = in.readBoolean();
    }
}
