package app.jointly.vote;

import app.jointly.shared.InvalidInputException;
import app.jointly.shared.NotFoundException;
import app.jointly.shared.WorkspaceId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The checks of a new vote that need more than its own fields: its subject must exist in the vote's workspace
 * (asked of the owning module through {@link VoteSubjects}), and its times must lie within
 * {@link #MAX_AHEAD} of now, so no vote is scheduled for a year no one will see.
 */
final class NewVoteChecks {

    /** How far ahead a vote may open or close: about two years. */
    static final Duration MAX_AHEAD = Duration.ofDays(2 * 366);

    private final List<VoteSubjects> subjects;
    private final Clock clock;

    NewVoteChecks(List<VoteSubjects> subjects, Clock clock) {
        this.subjects = List.copyOf(subjects);
        this.clock = clock;
    }

    void check(WorkspaceId workspace, NewVote spec) {
        Instant latest = clock.instant().plus(MAX_AHEAD);
        for (Instant time : new Instant[] {spec.opensAt(), spec.closesAt()}) {
            if (time != null && time.isAfter(latest)) {
                throw new InvalidInputException("invalid-times", "A vote opens and closes within two years from "
                        + "now (by " + latest.toString().substring(0, 10) + ").");
            }
        }
        SubjectRef subject = spec.subject();
        if (subject != null && subjects.stream().noneMatch(s -> s.kinds().contains(subject.kind())
                && s.existsIn(workspace, subject))) {
            throw new NotFoundException("subject-not-found", "The vote's subject (" + subject.kind() + " "
                    + subject.id() + ") does not exist in this workspace.");
        }
    }
}
