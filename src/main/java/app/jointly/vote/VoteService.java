package app.jointly.vote;

import app.jointly.shared.ConflictException;
import app.jointly.shared.InvalidInputException;
import app.jointly.shared.NotFoundException;
import app.jointly.shared.TextRules;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import app.jointly.vote.internal.BallotBox;
import app.jointly.vote.internal.ElectorateStore.Refusal;
import app.jointly.vote.internal.VoteStore;
import app.jointly.workspace.Membership;
import app.jointly.workspace.WorkspaceAccess;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Votes: set up, cast, tally. Every method takes the acting user and checks their membership and role itself.
 * Opening and closing live in {@link VoteLifecycle}.
 */
@Service
public class VoteService {

    public static final int MAX_REASON = 500;
    public static final int MAX_LISTED = 200;

    private final VoteStore votes;
    private final BallotBox ballots;
    private final WorkspaceAccess access;
    private final VoteLifecycle lifecycle;
    private final VoteEvents events;
    private final Clock clock;
    private final OpenVoteCache openVotes;
    private final NewVoteChecks checks;

    /** @param subjects the lookups of what votes can be about, one per owning module */
    public VoteService(VoteStore votes, BallotBox ballots, WorkspaceAccess access, VoteLifecycle lifecycle,
                       VoteEvents events, Clock clock, List<VoteSubjects> subjects) {
        this.checks = new NewVoteChecks(subjects, clock);
        this.openVotes = new OpenVoteCache(votes, clock);
        this.votes = votes;
        this.ballots = ballots;
        this.access = access;
        this.lifecycle = lifecycle;
        this.events = events;
        this.clock = clock;
    }

    public Vote create(WorkspaceId workspace, UserId actor, NewVote spec) {
        Membership membership = access.requireMember(workspace, actor);
        if (spec.party() != null && access.parties(workspace).stream().noneMatch(p -> p.id().equals(spec.party()))) {
            throw new InvalidInputException("unknown-party", "That party is not part of this workspace.");
        }
        VotePermissions.requireManager(membership, spec.party());
        checks.check(workspace, spec);
        Vote vote = votes.insert(workspace, spec, actor, clock.instant());
        events.created(vote);
        if (vote.opensAt() != null && !vote.opensAt().isAfter(clock.instant())) {
            return lifecycle.open(vote);
        }
        return vote;
    }

    public Vote get(VoteId id, UserId actor) {
        Vote vote = votes.find(id).orElseThrow(VoteService::notFound);
        if (access.membership(vote.workspaceId(), actor).isEmpty()) {
            throw notFound();
        }
        return vote;
    }

    public List<Vote> list(WorkspaceId workspace, UserId actor) {
        access.requireMember(workspace, actor);
        return votes.list(workspace, MAX_LISTED);
    }

    public Vote open(VoteId id, UserId actor) {
        Vote vote = get(id, actor);
        VotePermissions.requireManager(access.requireMember(vote.workspaceId(), actor), vote.party());
        if (vote.status() != VoteStatus.DRAFT && vote.status() != VoteStatus.OPENING) {
            throw new ConflictException("vote-not-draft", "This vote has already been opened.");
        }
        return lifecycle.open(vote);
    }

    public Vote close(VoteId id, UserId actor) {
        Vote vote = get(id, actor);
        VotePermissions.requireManager(access.requireMember(vote.workspaceId(), actor), vote.party());
        if (vote.status() != VoteStatus.OPEN && vote.status() != VoteStatus.CLOSING) {
            throw new ConflictException(vote.isClosed() ? "vote-closed" : "vote-not-open",
                    vote.isClosed() ? "This vote is already closed." : "This vote is not open.");
        }
        return lifecycle.close(vote);
    }

    /**
     * Casts a ballot, or changes it while the vote is open. A secret ballot is cast once and cannot be changed;
     * the answer then carries its receipt, which is given out this once only.
     */
    public MyBallot cast(VoteId id, UserId actor, String choice, String reason) {
        Vote vote = openVotes.get(id).orElseGet(() -> votes.find(id).orElseThrow(VoteService::notFound));
        Membership membership = access.membership(vote.workspaceId(), actor).orElseThrow(VoteService::notFound);
        String normalised = vote.method().requireChoice(choice);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        TextRules.multiLine(why, "reason");
        if (why != null && why.length() > MAX_REASON) {
            throw new InvalidInputException("reason-too-long", "A reason can be at most " + MAX_REASON + " characters.");
        }
        if (why != null && vote.secret()) {
            throw new InvalidInputException("no-reason-on-secret-ballot", "A secret ballot carries no reason.");
        }
        if (vote.status() == VoteStatus.DRAFT || vote.status() == VoteStatus.OPENING) {
            throw new ConflictException("vote-not-open", "This vote is not open yet.");
        }
        if (!vote.acceptsBallotsAt(clock.instant())) {
            throw new ConflictException("vote-closed", "This vote is closed.");
        }
        if (!VotePermissions.mayVote(membership.role())) {
            throw new app.jointly.shared.ForbiddenException("not-eligible", "Your role in this workspace does not vote.");
        }
        BallotBox.Cast cast = ballots.cast(vote, actor, normalised, why, clock.instant());
        Optional<Refusal> refusal = cast.refusal();
        if (refusal.isPresent()) {
            throw switch (refusal.get()) {
                case NOT_ELIGIBLE -> new app.jointly.shared.ForbiddenException("not-eligible",
                        "You are not in this vote's electorate (it was fixed when the vote opened).");
                case CLOSED -> new ConflictException("vote-closed", "This vote is closed.");
                case ALREADY_VOTED -> new ConflictException("already-voted",
                        "You have already cast this secret ballot; secret ballots cannot be changed.");
            };
        }
        events.tallyChanged(vote);
        return vote.secret() ? new MyBallot(true, true, null, null, cast.receipt())
                : new MyBallot(true, true, normalised, why);
    }

    /**
     * Whether the secret ballot with this receipt was counted. Anyone in the workspace may ask (the receipt is the
     * secret, and it reveals no choice).
     *
     * @return true or false once the vote has closed
     * @throws ConflictException while the vote is not closed, or for a vote that is not a secret ballot
     * @throws InvalidInputException for something that is not a receipt
     */
    public boolean receiptCounted(VoteId id, UserId actor, String receipt) {
        Vote vote = get(id, actor);
        if (!vote.secret()) {
            throw new ConflictException("not-secret-ballot", "Only secret ballots have receipts.");
        }
        return ballots.receiptCounted(vote, receipt).orElseThrow(() -> new ConflictException("vote-not-closed",
                "Receipts can be checked once the vote has closed and its ballots are counted."));
    }

    public MyBallot myBallot(VoteId id, UserId actor) {
        return ballots.myBallot(get(id, actor), actor);
    }

    /** The live tally while open (turnout only for a secret ballot), the final one once closed. */
    public Tally tally(VoteId id, UserId actor) {
        Vote vote = get(id, actor);
        return vote.finalResult().map(VoteResult::tally).orElseGet(() -> ballots.liveTally(vote));
    }

    /**
     * Who voted what, for open ballots only (consensus reasons are meant to be heard).
     *
     * @throws app.jointly.shared.ForbiddenException for a secret ballot, whoever asks
     */
    public List<CastBallot> openBallots(VoteId id, UserId actor) {
        Vote vote = get(id, actor);
        if (vote.secret()) {
            throw new app.jointly.shared.ForbiddenException("secret-ballot",
                    "A secret ballot's choices are never shown per voter, to anyone.");
        }
        return ballots.openBallots(vote, 1000);
    }

    /** The members who were eligible (fixed at opening), at most {@code limit}. */
    public List<UserId> eligible(VoteId id, UserId actor, int limit) {
        return ballots.eligible(get(id, actor), Math.max(0, Math.min(limit, 20_000)));
    }

    /** Whether the user may open and close this vote (for showing the buttons; the actions check again). */
    public boolean mayManage(Vote vote, UserId actor) {
        return access.membership(vote.workspaceId(), actor)
                .map(m -> VotePermissions.mayManage(m, vote.party())).orElse(false);
    }

    private static NotFoundException notFound() {
        return new NotFoundException("vote-not-found", "No such vote.");
    }
}
