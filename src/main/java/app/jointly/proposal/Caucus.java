package app.jointly.proposal;

import app.jointly.shared.UserId;
import java.util.List;

/**
 * What stays in the authoring party's caucus when a proposal is presented: authorship and edit history (and, once
 * co-editing lands, the caucus notes). Kept apart from the public fields so it is never sent to another party.
 */
public record Caucus(UserId author, String authorName, List<DraftRevision> revisions) {

    public Caucus {
        revisions = List.copyOf(revisions);
    }

    Caucus withRevision(DraftRevision revision) {
        var next = new java.util.ArrayList<>(revisions);
        next.add(revision);
        return new Caucus(author, authorName, next);
    }
}
