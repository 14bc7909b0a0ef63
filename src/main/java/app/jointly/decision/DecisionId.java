package app.jointly.decision;

import app.jointly.shared.Ids;
import java.util.UUID;

/** Typed identifier of a decision-log entry. */
public record DecisionId(String value) implements java.io.Serializable {

    public DecisionId {
        Ids.requireValid(value, "DecisionId");
    }

    public static DecisionId newId() {
        return new DecisionId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
