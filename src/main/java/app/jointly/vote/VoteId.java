package app.jointly.vote;

import app.jointly.shared.Ids;
import java.util.UUID;

/** Typed identifier of a vote. */
public record VoteId(String value) implements java.io.Serializable {

    public VoteId {
        Ids.requireValid(value, "VoteId");
    }

    public static VoteId newId() {
        return new VoteId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
