package app.jointly.shared;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** Typed identifier; the value is an opaque string (a UUID for ids we create). */
public record WorkspaceId(String value) implements java.io.Serializable {

    public WorkspaceId {
        Ids.requireValid(value, "WorkspaceId");
    }

    public static WorkspaceId newId() {
        return new WorkspaceId(UUID.randomUUID().toString());
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
