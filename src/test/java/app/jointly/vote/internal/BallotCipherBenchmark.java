package app.jointly.vote.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the encryption of secret ballots costs, in CPU time of the measuring thread (so that other work on a shared
 * machine does not count): encrypting one ballot (the added cost of a cast), and at close adding up and decrypting
 * 10,000 ballots. Run with {@code ./mvnw -Pproduction,bench verify -Dit.test=BallotCipherBenchmark}.
 */
class BallotCipherBenchmark {

    private static final Logger log = LoggerFactory.getLogger(BallotCipherBenchmark.class);
    private static final int BALLOTS = 10_000;

    @Test
    void encryptingABallotAndCountingTenThousand() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        BallotCipher cipher = new BallotCipher();
        BallotCipher.KeyPair keys = cipher.newKeyPair();
        for (int i = 0; i < 500; i++) { // warm-up
            cipher.encryptBallot(keys.publicKey(), i % 3, 3);
        }
        List<byte[]> ballots = new ArrayList<>(BALLOTS);
        long start = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < BALLOTS; i++) {
            byte[] ballot = cipher.encryptBallot(keys.publicKey(), i % 4 == 0 ? 1 : 0, 3);
            BallotReceipt.of(ballot);
            ballots.add(ballot);
        }
        long encryptNs = threads.getCurrentThreadCpuTime() - start;

        start = threads.getCurrentThreadCpuTime();
        List<BallotCipher.Ciphertext> sums = BallotCipher.sum(ballots, 3);
        long sumNs = threads.getCurrentThreadCpuTime() - start;
        start = threads.getCurrentThreadCpuTime();
        long no = BallotCipher.decryptTotal(keys.secret(), sums.get(1), BALLOTS);
        long yes = BallotCipher.decryptTotal(keys.secret(), sums.get(0), BALLOTS);
        long decryptNs = threads.getCurrentThreadCpuTime() - start;

        log.warn("BallotCipherBenchmark: encrypting a ballot (3 choices) with its receipt: {} us CPU each; at close, "
                        + "adding up {} ballots: {} ms CPU, decrypting the totals {} and {}: {} ms CPU",
                encryptNs / BALLOTS / 1000, BALLOTS, sumNs / 1_000_000, yes, no, decryptNs / 1_000_000);
        assertThat(yes).isEqualTo(BALLOTS * 3 / 4);
        assertThat(no).isEqualTo(BALLOTS / 4);
    }
}
