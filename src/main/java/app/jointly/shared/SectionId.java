package app.jointly.shared;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** Typed identifier; the value is an opaque string (a UUID for ids we create). */
public record SectionId(String value) implements java.io.Serializable {

    public SectionId {
        Ids.requireValid(value, "SectionId");
    }

    public static SectionId newId() {
        return new SectionId(UUID.randomUUID().toString());
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
