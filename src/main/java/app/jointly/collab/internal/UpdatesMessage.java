package app.jointly.collab.internal;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * Accepted updates on their way to every node: {@code updates} are protocol JSON objects for versions
 * {@code fromVersion + 1} onwards. The protocol message is rendered once per node, however many clients there
 * receive it.
 */
public final class UpdatesMessage implements Serializable {

    @Serial
    private static final long serialVersionUID = 2L;

    private final String doc;
    private final int fromVersion;
    private final List<String> updates;
    private transient volatile String json;

    public UpdatesMessage(String doc, int fromVersion, List<String> updates) {
        this.doc = doc;
        this.fromVersion = fromVersion;
        this.updates = List.copyOf(updates);
    }

    public String doc() {
        return doc;
    }

    public int fromVersion() {
        return fromVersion;
    }

    public List<String> updates() {
        return updates;
    }

    public int toVersion() {
        return fromVersion + updates.size();
    }

    /** This message as the protocol's {@code updates} message. */
    String json() {
        String rendered = json;
        if (rendered == null) {
            rendered = protocolJson(doc, fromVersion, updates);
            json = rendered;
        }
        return rendered;
    }

    /** The protocol message for a client that already has {@code version} (within this message's range). */
    String jsonAfter(int version) {
        if (version == fromVersion) {
            return json();
        }
        return protocolJson(doc, version, updates.subList(version - fromVersion, updates.size()));
    }

    @Override
    public String toString() {
        return "UpdatesMessage[" + doc + " " + fromVersion + ".." + toVersion() + "]";
    }

    /** The protocol's {@code updates} message: {@code updates} (JSON objects) follow {@code version}. */
    static String protocolJson(String doc, int version, List<String> updates) {
        StringBuilder out = new StringBuilder(64 + updates.stream().mapToInt(String::length).sum());
        out.append("{\"type\":\"updates\",\"doc\":");
        JsonText.appendString(out, doc).append(",\"version\":").append(version).append(",\"updates\":[");
        for (int i = 0; i < updates.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(updates.get(i));
        }
        return out.append("]}").toString();
    }

    /** Consecutive updates as the messages clients receive them in: one per group ({@link Groups}). */
    static List<UpdatesMessage> perGroup(String doc, List<StoredUpdate> updates) {
        return Groups.split(updates).stream().map(group -> of(doc, group)).toList();
    }

    static UpdatesMessage of(String doc, List<StoredUpdate> updates) {
        return new UpdatesMessage(doc, updates.getFirst().version() - 1,
                updates.stream().map(StoredUpdate::toJson).toList());
    }
}
