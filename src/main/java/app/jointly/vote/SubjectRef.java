package app.jointly.vote;

import app.jointly.shared.Ids;
import app.jointly.shared.InvalidInputException;
import java.util.Set;

/**
 * What a vote is about, when it is about something in another module: e.g. {@code ("proposal", id)} for
 * ratifying a tentatively agreed proposal. The vote module only carries the reference; the owning module reacts
 * to {@link VoteClosed}.
 */
public record SubjectRef(String kind, String id) {

    public static final Set<String> KINDS = Set.of("proposal", "document", "section");

    public SubjectRef {
        if (kind == null || !KINDS.contains(kind)) {
            throw new InvalidInputException("invalid-subject", "A vote's subject kind must be one of " + KINDS + ".");
        }
        if (!Ids.isValid(id)) {
            throw new InvalidInputException("invalid-subject", "A vote's subject needs a valid id.");
        }
    }

    public static SubjectRef proposal(String proposalId) {
        return new SubjectRef("proposal", proposalId);
    }
}
