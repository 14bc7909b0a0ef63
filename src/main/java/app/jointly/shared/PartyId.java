package app.jointly.shared;

import java.util.UUID;

/** Typed identifier; the value is an opaque string (a UUID for ids we create). */
public record PartyId(String value) implements java.io.Serializable {

    public PartyId {
        Ids.requireValid(value, "PartyId");
    }

    public static PartyId newId() {
        return new PartyId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
