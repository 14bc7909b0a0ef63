package app.jointly.shared;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** Typed identifier; the value is an opaque string (a UUID for ids we create). */
public record DocumentId(String value) implements java.io.Serializable {

    public DocumentId {
        Ids.requireValid(value, "DocumentId");
    }

    public static DocumentId newId() {
        return new DocumentId(UUID.randomUUID().toString());
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
