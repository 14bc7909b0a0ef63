package app.jointly.collab.internal;

import java.io.Serial;
import java.io.Serializable;
import java.util.UUID;

/**
 * Where one connection's cursor is in a text ({@code left} when it went away), relayed to every node. The
 * connection id is never sent to clients; users are.
 */
public record PresenceMessage(String doc, String connectionId, UUID member, String userId, String userName,
                              String color, int anchor, int head, boolean left) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    String userJson() {
        StringBuilder out = new StringBuilder("{\"id\":");
        JsonText.appendString(out, userId).append(",\"name\":");
        JsonText.appendString(out, userName).append(",\"color\":");
        return JsonText.appendString(out, color).append('}').toString();
    }

    /** The protocol message: {@code presence} with the cursor, or {@code left}. */
    String toJson() {
        StringBuilder out = new StringBuilder(left ? "{\"type\":\"left\",\"doc\":" : "{\"type\":\"presence\",\"doc\":");
        JsonText.appendString(out, doc).append(",\"user\":").append(userJson());
        if (!left) {
            out.append(",\"anchor\":").append(anchor).append(",\"head\":").append(head);
        }
        return out.append('}').toString();
    }
}
