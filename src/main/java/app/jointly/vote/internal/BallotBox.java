package app.jointly.vote.internal;

import app.jointly.shared.UserId;
import app.jointly.vote.CastBallot;
import app.jointly.vote.MyBallot;
import app.jointly.vote.Tally;
import app.jointly.vote.Vote;
import app.jointly.vote.VoteId;
import app.jointly.vote.internal.ElectorateStore.Group;
import app.jointly.vote.internal.ElectorateStore.Refusal;
import app.jointly.vote.internal.ElectorateStore.Voter;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Ballots and tallies of one vote, over the electorate rows. A secret ballot is encrypted under the vote's public
 * key before it is stored ({@link BallotCipher}); closing adds up the ciphertexts and decrypts only the totals.
 */
@Component
public class BallotBox {

    private static final Logger log = LoggerFactory.getLogger(BallotBox.class);

    private final ElectorateStore store;
    private final BallotKeys keys;
    private final BallotCipher cipher;

    public BallotBox(ElectorateStore store, BallotKeys keys, BallotCipher cipher) {
        this.store = store;
        this.keys = keys;
        this.cipher = cipher;
    }

    /** What a cast did: a refusal, or for a secret ballot the receipt to show its voter once. */
    public record Cast(Optional<Refusal> refusal, String receipt) {
    }

    public void snapshot(Vote vote, List<Voter> voters) {
        store.snapshot(vote.id(), voters);
        if (vote.secret()) {
            keys.publicKey(vote.id());
        }
    }

    public Cast cast(Vote vote, UserId voter, String choice, String reason, Instant now) {
        if (!vote.secret()) {
            return new Cast(store.castOpen(vote.id(), voter, choice, reason, now), null);
        }
        List<String> choices = vote.method().choices();
        byte[] ballot = cipher.encryptBallot(keys.publicKey(vote.id()), choices.indexOf(choice), choices.size());
        String receipt = BallotReceipt.of(ballot);
        Optional<Refusal> refusal = store.castSecret(vote.id(), voter, ballot, receipt);
        return new Cast(refusal, refusal.isPresent() ? null : receipt);
    }

    /** The tally as anyone may see it now: for an open secret ballot, turnout only. */
    public Tally liveTally(Vote vote) {
        if (vote.secret()) {
            return Tallies.fromSecretCounters(vote, store.secretTurnout(vote.id()), List.of(), true);
        }
        return Tallies.fromOpenBallots(vote, store.openGroups(vote.id()));
    }

    /**
     * The tally after closing every row. A secret ballot's counts are the decrypted sums of the encrypted ballots
     * (plus the counters of a vote opened before ballots were encrypted).
     *
     * @return the tally and how many secret participations have no counted choice (0 unless such an older vote
     *         lost a cast to a crash between its two writes)
     */
    public FinalTally closeAndCount(Vote vote) {
        store.closeRows(vote.id());
        if (!vote.secret()) {
            return new FinalTally(Tallies.fromOpenBallots(vote, store.openGroups(vote.id())), 0);
        }
        long turnout = store.secretTurnout(vote.id());
        List<Group> counts = new ArrayList<>(store.legacySecretCounts(vote.id()));
        counts.addAll(decryptedTotals(vote));
        Tally tally = Tallies.fromSecretCounters(vote, turnout, counts, false);
        long uncounted = turnout - Tallies.sum(tally.counts());
        if (uncounted != 0) {
            log.error("Secret vote {}: {} participations without a counted choice", vote.id(), uncounted);
        }
        return new FinalTally(tally, uncounted);
    }

    public record FinalTally(Tally tally, long uncounted) {
    }

    /** After closing: whether a ballot with this receipt was counted; empty while the vote is not closed. */
    public Optional<Boolean> receiptCounted(Vote vote, String receipt) {
        String normalised = BallotReceipt.normalise(receipt);
        return vote.isClosed() ? Optional.of(store.receiptCounted(vote.id(), normalised)) : Optional.empty();
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

    private List<Group> decryptedTotals(Vote vote) {
        VoteId id = vote.id();
        List<byte[]> ballots = store.secretBallots(id);
        if (ballots.isEmpty() || !keys.exists(id)) {
            return List.of();
        }
        List<String> choices = vote.method().choices();
        List<BallotCipher.Ciphertext> sums = BallotCipher.sum(ballots, choices.size());
        BigInteger secret = keys.secretKey(id);
        List<Group> totals = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            totals.add(new Group(null, choices.get(i), BallotCipher.decryptTotal(secret, sums.get(i), ballots.size())));
        }
        return totals;
    }
}
