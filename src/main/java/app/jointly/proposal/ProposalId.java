package app.jointly.proposal;

import app.jointly.shared.Ids;
import java.util.UUID;

/** Typed identifier of a proposal. */
public record ProposalId(String value) implements java.io.Serializable {

    public ProposalId {
        Ids.requireValid(value, "ProposalId");
    }

    public static ProposalId newId() {
        return new ProposalId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
