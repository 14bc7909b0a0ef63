package app.jointly.shared;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** Typed identifier; the value is an opaque string (a UUID for ids we create). */
public record PartyId(String value) implements java.io.Serializable {

    public PartyId {
        Ids.requireValid(value, "PartyId");
    }

    public static PartyId newId() {
        return new PartyId(UUID.randomUUID().toString());
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
