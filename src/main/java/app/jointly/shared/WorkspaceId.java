package app.jointly.shared;

import java.util.UUID;

/** Typed identifier; the value is an opaque string (a UUID for ids we create). */
public record WorkspaceId(String value) implements java.io.Serializable {

    public WorkspaceId {
        Ids.requireValid(value, "WorkspaceId");
    }

    public static WorkspaceId newId() {
        return new WorkspaceId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
