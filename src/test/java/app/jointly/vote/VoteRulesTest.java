package app.jointly.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jointly.shared.InvalidInputException;
import app.jointly.shared.PartyId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VoteRulesTest {

    private static Tally tally(int electorate, Map<String, Long> counts) {
        long turnout = counts.values().stream().mapToLong(Long::longValue).sum();
        return new Tally(electorate, turnout, counts, List.of(), false);
    }

    private static Outcome decide(VoteMethod method, int threshold, Fraction fraction, int quorum, Tally tally) {
        return VoteRules.decide(method, threshold, fraction, quorum, tally).outcome();
    }

    @Test
    void consensusIsReachedWhenNobodyIsBelowTheThreshold() {
        assertThat(decide(VoteMethod.CONSENSUS, 3, null, 0, tally(5, Map.of("3", 2L, "5", 3L))))
                .isEqualTo(Outcome.PASSED);
        assertThat(decide(VoteMethod.CONSENSUS, 3, null, 0, tally(5, Map.of("2", 1L, "5", 4L))))
                .isEqualTo(Outcome.FAILED);
        assertThat(decide(VoteMethod.CONSENSUS, 1, null, 0, tally(5, Map.of("1", 1L, "5", 4L))))
                .isEqualTo(Outcome.PASSED);
        assertThat(decide(VoteMethod.CONSENSUS, 1, null, 0, tally(5, Map.of("0", 1L, "5", 4L))))
                .isEqualTo(Outcome.FAILED);
    }

    @Test
    void nobodyVotingFailsEveryMethod() {
        for (VoteMethod method : VoteMethod.values()) {
            assertThat(decide(method, 3, Fraction.TWO_THIRDS, 0, tally(3, Map.of()))).isEqualTo(Outcome.FAILED);
        }
    }

    @Test
    void majorityNeedsMoreYesThanNoAndAbstentionsDoNotCount() {
        assertThat(decide(VoteMethod.MAJORITY, 0, null, 0, tally(10, Map.of("yes", 3L, "no", 2L, "abstain", 5L))))
                .isEqualTo(Outcome.PASSED);
        assertThat(decide(VoteMethod.MAJORITY, 0, null, 0, tally(10, Map.of("yes", 2L, "no", 2L))))
                .isEqualTo(Outcome.FAILED);
        assertThat(decide(VoteMethod.RATIFICATION, 0, null, 0, tally(10, Map.of("yes", 1L, "no", 2L))))
                .isEqualTo(Outcome.FAILED);
    }

    @Test
    void quorumCountsAbstentionsAsTakingPart() {
        assertThat(decide(VoteMethod.MAJORITY, 0, null, 50, tally(10, Map.of("yes", 4L))))
                .isEqualTo(Outcome.FAILED);
        assertThat(decide(VoteMethod.MAJORITY, 0, null, 50, tally(10, Map.of("yes", 4L, "abstain", 1L))))
                .isEqualTo(Outcome.PASSED);
        assertThat(VoteRules.quorumMet(3, 1, 34)).isFalse();
        assertThat(VoteRules.quorumMet(3, 2, 34)).isTrue();
    }

    @Test
    void supermajorityNeedsTheFractionOfYesPlusNo() {
        assertThat(decide(VoteMethod.SUPERMAJORITY, 0, Fraction.TWO_THIRDS, 0, tally(9, Map.of("yes", 6L, "no", 3L))))
                .isEqualTo(Outcome.PASSED);
        assertThat(decide(VoteMethod.SUPERMAJORITY, 0, Fraction.TWO_THIRDS, 0, tally(9, Map.of("yes", 5L, "no", 3L))))
                .isEqualTo(Outcome.FAILED);
        assertThat(decide(VoteMethod.SUPERMAJORITY, 0, new Fraction(3, 4), 0, tally(4, Map.of("yes", 3L, "no", 1L))))
                .isEqualTo(Outcome.PASSED);
    }

    @Test
    void fractionsBelowOrAtHalfAreRefused() {
        assertThatThrownBy(() -> new Fraction(1, 2)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Fraction.parse("two thirds")).isInstanceOf(InvalidInputException.class);
        assertThat(Fraction.parse(" 3/5 ")).isEqualTo(new Fraction(3, 5));
    }

    @Test
    void perPartyConcurrenceNeedsEveryPartysMajority() {
        PartyTally district = new PartyTally(PartyId.newId(), 3, 3, Map.of("yes", 2L, "no", 1L));
        PartyTally unionYes = new PartyTally(PartyId.newId(), 5, 3, Map.of("yes", 3L));
        PartyTally unionTie = new PartyTally(PartyId.newId(), 5, 4, Map.of("yes", 2L, "no", 2L));
        PartyTally empty = new PartyTally(PartyId.newId(), 0, 0, Map.of());
        Tally passing = new Tally(8, 6, Map.of("yes", 5L, "no", 1L), List.of(district, unionYes, empty), false);
        Tally failing = new Tally(8, 7, Map.of("yes", 4L, "no", 3L), List.of(district, unionTie), false);
        assertThat(decide(VoteMethod.PER_PARTY_CONCURRENCE, 0, null, 0, passing)).isEqualTo(Outcome.PASSED);
        assertThat(decide(VoteMethod.PER_PARTY_CONCURRENCE, 0, null, 0, failing)).isEqualTo(Outcome.FAILED);
        // the quorum applies to each party on its own: the union's 3 of 5 is below 80 %
        assertThat(decide(VoteMethod.PER_PARTY_CONCURRENCE, 0, null, 80, passing)).isEqualTo(Outcome.FAILED);
    }

    @Test
    void choicesAreCheckedPerMethod() {
        assertThat(VoteMethod.CONSENSUS.requireChoice(" 4 ")).isEqualTo("4");
        assertThat(VoteMethod.MAJORITY.requireChoice("YES")).isEqualTo("yes");
        assertThatThrownBy(() -> VoteMethod.CONSENSUS.requireChoice("6")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> VoteMethod.RATIFICATION.requireChoice("3")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void newVoteAppliesTheMethodsFixedRules() {
        PartyId union = PartyId.newId();
        NewVote ratification = new NewVote("Ratify?", null, VoteMethod.RATIFICATION, Electorate.WORKSPACE, union,
                0, null, 0, true, null, null, null);
        assertThat(ratification.electorate()).isEqualTo(Electorate.PARTY);
        NewVote consensus = new NewVote("Agree?", null, VoteMethod.CONSENSUS, null, null, 0, null, 0, false,
                null, null, null);
        assertThat(consensus.consensusThreshold()).isEqualTo(3);
        assertThatThrownBy(() -> new NewVote("Q", null, VoteMethod.MAJORITY, null, null, 0, null, 0, true,
                null, null, null)).hasMessageContaining("secret");
        assertThatThrownBy(() -> new NewVote("Q", null, VoteMethod.RATIFICATION, null, null, 0, null, 0, false,
                null, null, null)).hasMessageContaining("party");
        assertThatThrownBy(() -> new NewVote(" ", null, VoteMethod.MAJORITY, null, null, 0, null, 0, false,
                null, null, null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new NewVote("Q", null, VoteMethod.MAJORITY, null, null, 0, null, 101, false,
                null, null, null)).isInstanceOf(InvalidInputException.class);
    }
}
