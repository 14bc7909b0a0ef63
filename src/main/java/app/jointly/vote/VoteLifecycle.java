package app.jointly.vote;

import app.jointly.vote.internal.BallotBox;
import app.jointly.vote.internal.ElectorateStore.Voter;
import app.jointly.vote.internal.VoteStore;
import app.jointly.workspace.Membership;
import app.jointly.workspace.WorkspaceAccess;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Opening and closing, by hand (through {@link VoteService}, which checks who asks) or when due (the scheduler).
 * Each step starts with a conditional status change, so on a cluster exactly one node performs it; a step that
 * crashed half-way (status OPENING or CLOSING) is finished by the next attempt, as every write is idempotent.
 */
@Component
public class VoteLifecycle {

    private static final Logger log = LoggerFactory.getLogger(VoteLifecycle.class);

    private final VoteStore votes;
    private final BallotBox ballots;
    private final WorkspaceAccess access;
    private final VoteEvents events;
    private final Clock clock;

    VoteLifecycle(VoteStore votes, BallotBox ballots, WorkspaceAccess access, VoteEvents events, Clock clock) {
        this.votes = votes;
        this.ballots = ballots;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** Opens and closes what is due; returns how many votes changed. */
    public int processDue() {
        Instant now = clock.instant();
        int changed = 0;
        for (Vote vote : votes.due(now, 100)) {
            try {
                if (vote.status() == VoteStatus.DRAFT) {
                    open(vote);
                } else {
                    close(vote);
                }
                changed++;
            } catch (RuntimeException e) {
                log.error("Could not open or close due vote {}", vote.id(), e);
            }
        }
        return changed;
    }

    Vote open(Vote vote) {
        if (vote.status() == VoteStatus.DRAFT && !votes.transition(vote.id(), VoteStatus.DRAFT, VoteStatus.OPENING)) {
            return reload(vote); // another node is opening it
        }
        List<Voter> voters = electorate(vote);
        ballots.snapshot(vote, voters);
        if (votes.markOpen(vote.id(), voters.size(), clock.instant())) {
            Vote opened = reload(vote);
            events.opened(opened);
            log.info("Vote {} opened with {} eligible", vote.id(), voters.size());
            return opened;
        }
        return reload(vote);
    }

    Vote close(Vote vote) {
        if (vote.status() == VoteStatus.OPEN && !votes.transition(vote.id(), VoteStatus.OPEN, VoteStatus.CLOSING)) {
            return reload(vote);
        }
        Vote closing = reload(vote);
        BallotBox.FinalTally counted = ballots.closeAndCount(closing);
        VoteRules.Decision decision = VoteRules.decide(closing.method(), closing.consensusThreshold(),
                closing.supermajority(), closing.quorumPercent(), counted.tally());
        VoteResult result = new VoteResult(decision.outcome(), decision.explanation(), counted.tally(),
                counted.uncounted(), clock.instant());
        if (votes.markClosed(vote.id(), result, VoteEvents.closedEvent(closing, result))) {
            votes.deliverEffects(vote.id());
            Vote closed = reload(vote);
            events.closed(closed);
            log.info("Vote {} closed: {}", vote.id(), decision.explanation());
            return closed;
        }
        return reload(vote);
    }

    /** Eligible at opening: owners, leads and members, restricted to the party or to members of some party. */
    private List<Voter> electorate(Vote vote) {
        return access.members(vote.workspaceId()).stream()
                .filter(m -> VotePermissions.mayVote(m.role()))
                .filter(m -> switch (vote.electorate()) {
                    case WORKSPACE -> true;
                    case PARTY -> m.inParty(vote.party());
                    case EACH_PARTY -> m.partyId().isPresent();
                })
                .map(m -> new Voter(m.userId(), partyOf(m)))
                .toList();
    }

    private static app.jointly.shared.PartyId partyOf(Membership membership) {
        return membership.partyId().orElse(null);
    }

    private Vote reload(Vote vote) {
        return votes.find(vote.id()).orElseThrow();
    }
}
