package app.jointly.vote.internal;

import app.jointly.shared.UserId;
import app.jointly.vote.CastBallot;
import app.jointly.vote.MyBallot;
import app.jointly.vote.Tally;
import app.jointly.vote.Vote;
import app.jointly.vote.internal.ElectorateStore.Refusal;
import app.jointly.vote.internal.ElectorateStore.Voter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Ballots and tallies of one vote, over the electorate rows and (for secret ballots) the choice counters. */
@Component
public class BallotBox {

    private static final Logger log = LoggerFactory.getLogger(BallotBox.class);
    /** How long closing waits for secret casts that passed their row but have not reached the counter yet. */
    private static final Duration SETTLE = Duration.ofSeconds(2);

    private final ElectorateStore store;

    public BallotBox(ElectorateStore store) {
        this.store = store;
    }

    public void snapshot(Vote vote, List<Voter> voters) {
        store.snapshot(vote.id(), voters, vote.secret(), vote.method().choices());
    }

    public Optional<Refusal> cast(Vote vote, UserId voter, String choice, String reason, Instant now) {
        return vote.secret() ? store.castSecret(vote.id(), voter, choice)
                : store.castOpen(vote.id(), voter, choice, reason, now);
    }

    /** The tally as anyone may see it now: for an open secret ballot, turnout only. */
    public Tally liveTally(Vote vote) {
        if (vote.secret()) {
            return Tallies.fromSecretCounters(vote, store.secretTurnout(vote.id()), store.secretCounts(vote.id()),
                    !vote.isClosed());
        }
        return Tallies.fromOpenBallots(vote, store.openGroups(vote.id()));
    }

    /** The tally after closing every row. @return the tally and how many secret ballots never reached a counter */
    public FinalTally closeAndCount(Vote vote) {
        store.closeRows(vote.id());
        if (!vote.secret()) {
            return new FinalTally(Tallies.fromOpenBallots(vote, store.openGroups(vote.id())), 0);
        }
        long turnout = store.secretTurnout(vote.id());
        long deadline = System.nanoTime() + SETTLE.toNanos();
        Tally tally = Tallies.fromSecretCounters(vote, turnout, store.secretCounts(vote.id()), false);
        while (Tallies.sum(tally.counts()) < turnout && System.nanoTime() < deadline) {
            pause();
            tally = Tallies.fromSecretCounters(vote, turnout, store.secretCounts(vote.id()), false);
        }
        long uncounted = turnout - Tallies.sum(tally.counts());
        if (uncounted != 0) {
            log.error("Secret vote {}: {} participations without a counted choice", vote.id(), uncounted);
        }
        return new FinalTally(tally, uncounted);
    }

    public record FinalTally(Tally tally, long uncounted) {
    }

    /** What a voter may see of their own ballot: for a secret ballot whether they voted, never the choice. */
    public MyBallot myBallot(Vote vote, UserId voter) {
        return store.row(vote.id(), voter).map(row -> vote.secret()
                ? new MyBallot(true, ElectorateStore.votedSecretly(row), null, null)
                : new MyBallot(true, row.getString("choice") != null, row.getString("choice"), row.getString("reason")))
                .orElse(new MyBallot(false, false, null, null));
    }

    /** Open ballots with their voters; refuses for a secret ballot (there is nothing linkable to return). */
    public List<CastBallot> openBallots(Vote vote, int limit) {
        if (vote.secret()) {
            throw new IllegalStateException("Secret ballots have no per-voter ballots");
        }
        return store.openBallots(vote.id(), limit);
    }

    public List<UserId> eligible(Vote vote, int limit) {
        return store.eligible(vote.id(), limit);
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while closing a vote", e);
        }
    }
}
