package app.jointly.vote.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.jointly.shared.UserId;
import app.jointly.vote.VoteId;
import app.jointly.vote.internal.ElectorateStore.Refusal;
import app.jointly.vote.internal.ElectorateStore.Voter;
import app.jointly.votetesting.InMemoryMongo;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The secret-ballot row protocol: one mark per voter, and closing fixes the turnout whatever arrives later. */
class VoteElectorateStoreTest {

    private final InMemoryMongo mongo = new InMemoryMongo();
    private final ElectorateStore store = new ElectorateStore(mongo.template());
    private final VoteId vote = VoteId.newId();
    private final UserId early = UserId.newId();
    private final UserId late = UserId.newId();

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void aSecretBallotCountsOnceAndCastsAfterClosingChangeNothing() {
        store.snapshot(vote, List.of(new Voter(early, null), new Voter(late, null)));
        byte[] first = {1, 2, 3};

        assertThat(store.castSecret(vote, early, first, "r-early")).isEmpty();
        assertThat(store.castSecret(vote, early, new byte[] {9}, "r-again")).contains(Refusal.ALREADY_VOTED);
        assertThat(store.castSecret(vote, UserId.newId(), new byte[] {9}, "r-out")).contains(Refusal.NOT_ELIGIBLE);
        assertThat(store.row(vote, UserId.newId())).as("a refused outsider leaves no row").isEmpty();
        assertThat(store.secretTurnout(vote)).isEqualTo(1);

        store.closeRows(vote);
        assertThat(store.castSecret(vote, late, new byte[] {9}, "r-late")).contains(Refusal.CLOSED);
        assertThat(store.castSecret(vote, early, new byte[] {9}, "r-again")).contains(Refusal.CLOSED);
        store.closeRows(vote); // closing again (a retried close) must not count a late cast
        assertThat(store.secretTurnout(vote)).isEqualTo(1);
        assertThat(store.secretBallots(vote)).as("the one ballot cast before closing, unchanged")
                .singleElement().isEqualTo(first);
        assertThat(store.receiptCounted(vote, "r-early")).isTrue();
        assertThat(store.receiptCounted(vote, "r-late")).isFalse();
        assertThat(store.receiptCounted(vote, "r-again")).isFalse();
        assertThat(store.legacySecretCounts(vote)).as("no per-choice counters any more").isEmpty();
        assertThat(store.row(vote, early).map(ElectorateStore::votedSecretly)).isEqualTo(Optional.of(true));
        assertThat(store.row(vote, late).map(ElectorateStore::votedSecretly)).isEqualTo(Optional.of(false));
    }
}
