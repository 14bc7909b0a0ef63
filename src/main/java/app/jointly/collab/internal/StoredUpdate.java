package app.jointly.collab.internal;

import java.io.Serial;
import java.io.Serializable;

/**
 * An accepted update as kept in the cluster and in the update log: the version it created (1 for the first), the
 * first version of its group (the updates one push added, which clients always receive as one message), the
 * client and user that made it, and its changes as {@code ChangeSet.toJSON()} text.
 */
public final class StoredUpdate implements Serializable {

    @Serial
    private static final long serialVersionUID = 2L;

    private final int version;
    private final int groupFrom;
    private final String clientId;
    private final String userId;
    private final String userName;
    private final String changes;
    private transient ChangeSet parsed;

    public StoredUpdate(int version, int groupFrom, String clientId, String userId, String userName,
                        String changes) {
        this.version = version;
        this.groupFrom = groupFrom;
        this.clientId = clientId;
        this.userId = userId;
        this.userName = userName;
        this.changes = changes;
    }

    static StoredUpdate of(int version, int groupFrom, Update update) {
        StoredUpdate stored = new StoredUpdate(version, groupFrom, update.clientId(), update.userId(),
                update.userName(), ChangeSetJson.write(update.changes()));
        stored.parsed = update.changes();
        return stored;
    }

    public int version() {
        return version;
    }

    /** The version of the first update of this update's group. */
    public int groupFrom() {
        return groupFrom;
    }

    public String clientId() {
        return clientId;
    }

    public String userId() {
        return userId;
    }

    public String userName() {
        return userName;
    }

    public String changesJson() {
        return changes;
    }

    /** The changes, parsed once (stored JSON was validated when accepted). */
    public ChangeSet changes() {
        ChangeSet result = parsed;
        if (result == null) {
            result = ChangeSetJson.read(JsonSupport.tree(changes), Integer.MAX_VALUE, Integer.MAX_VALUE);
            parsed = result;
        }
        return result;
    }

    Update asUpdate() {
        return new Update(clientId, changes(), userId, userName);
    }

    /** The update as the protocol sends it: {@code {"clientID","changes","userId","userName"}}. */
    public String toJson() {
        StringBuilder out = new StringBuilder(changes.length() + 96);
        out.append("{\"clientID\":");
        JsonText.appendString(out, clientId);
        out.append(",\"changes\":").append(changes).append(",\"userId\":");
        if (userId == null) {
            out.append("null");
        } else {
            JsonText.appendString(out, userId);
        }
        out.append(",\"userName\":");
        if (userName == null) {
            out.append("null");
        } else {
            JsonText.appendString(out, userName);
        }
        return out.append('}').toString();
    }
}
