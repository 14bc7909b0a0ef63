package app.jointly.shared;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** Typed identifier; the value is an opaque string (a UUID for ids we create). */
public record UserId(String value) implements java.io.Serializable {

    public UserId {
        Ids.requireValid(value, "UserId");
    }

    public static UserId newId() {
        return new UserId(UUID.randomUUID().toString());
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
