package app.jointly.vote.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jointly.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BallotCipherTest {

    private final BallotCipher cipher = new BallotCipher();
    private final BallotCipher.KeyPair keys = cipher.newKeyPair();

    @Test
    void theSumOfBallotsDecryptsToEachChoicesTotal() {
        List<byte[]> ballots = new ArrayList<>();
        int[] chosen = {0, 0, 1, 2, 0, 1, 0};
        for (int choice : chosen) {
            ballots.add(cipher.encryptBallot(keys.publicKey(), choice, 3));
        }
        List<BallotCipher.Ciphertext> sums = BallotCipher.sum(ballots, 3);

        assertThat(BallotCipher.decryptTotal(keys.secret(), sums.get(0), ballots.size())).isEqualTo(4);
        assertThat(BallotCipher.decryptTotal(keys.secret(), sums.get(1), ballots.size())).isEqualTo(2);
        assertThat(BallotCipher.decryptTotal(keys.secret(), sums.get(2), ballots.size())).isEqualTo(1);
    }

    @Test
    void noBallotsSumToZero() {
        List<BallotCipher.Ciphertext> sums = BallotCipher.sum(List.of(), 2);
        assertThat(BallotCipher.decryptTotal(keys.secret(), sums.get(0), 0)).isZero();
    }

    @Test
    void twoBallotsForTheSameChoiceShareNoCiphertext() {
        byte[] one = cipher.encryptBallot(keys.publicKey(), 1, 3);
        byte[] other = cipher.encryptBallot(keys.publicKey(), 1, 3);
        List<BallotCipher.Ciphertext> a = BallotCipher.decode(one, 3);
        List<BallotCipher.Ciphertext> b = BallotCipher.decode(other, 3);
        for (int i = 0; i < 3; i++) {
            assertThat(a.get(i).a()).isNotEqualTo(b.get(i).a());
            assertThat(a.get(i).b()).isNotEqualTo(b.get(i).b());
        }
        assertThat(BallotReceipt.of(one)).isNotEqualTo(BallotReceipt.of(other));
    }

    @Test
    void anotherKeyCannotDecryptATotal() {
        BallotCipher.KeyPair stranger = cipher.newKeyPair();
        List<BallotCipher.Ciphertext> sums = BallotCipher.sum(List.of(
                cipher.encryptBallot(keys.publicKey(), 0, 2), cipher.encryptBallot(keys.publicKey(), 0, 2)), 2);

        assertThatThrownBy(() -> BallotCipher.decryptTotal(stranger.secret(), sums.get(0), 2))
                .isInstanceOf(IllegalStateException.class);
        assertThat(BallotCipher.matches(stranger.secret(), keys.publicKey())).isFalse();
        assertThat(BallotCipher.matches(keys.secret(), keys.publicKey())).isTrue();
    }

    @Test
    void aTamperedOrTruncatedBallotIsRefused() {
        byte[] ballot = cipher.encryptBallot(keys.publicKey(), 0, 3);
        assertThatThrownBy(() -> BallotCipher.decode(java.util.Arrays.copyOf(ballot, ballot.length - 1), 3))
                .isInstanceOf(IllegalArgumentException.class);
        byte[] notAPoint = ballot.clone();
        notAPoint[0] = 7; // no compressed point starts with 7
        assertThatThrownBy(() -> BallotCipher.decode(notAPoint, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReceiptIsAShortHashOfTheCiphertextsAndIsReadBackWhateverTheSpelling() {
        byte[] ballot = cipher.encryptBallot(keys.publicKey(), 2, 3);
        String receipt = BallotReceipt.of(ballot);

        assertThat(receipt).matches("[0-9a-f]{4}(-[0-9a-f]{4}){7}");
        assertThat(BallotReceipt.of(ballot.clone())).isEqualTo(receipt);
        assertThat(BallotReceipt.normalise(" " + receipt.toUpperCase().replace("-", "") + " ")).isEqualTo(receipt);
        assertThatThrownBy(() -> BallotReceipt.normalise("1234")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> BallotReceipt.normalise("z".repeat(32))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> BallotReceipt.normalise("a".repeat(5000))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> BallotReceipt.normalise(null)).isInstanceOf(InvalidInputException.class);
    }
}
