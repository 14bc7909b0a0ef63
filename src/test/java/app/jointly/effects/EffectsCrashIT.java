package app.jointly.effects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.jointly.testsupport.IntegrationTest;
import app.jointly.testsupport.TestApi;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Effects between modules survive real crashes: last sign-offs and vote closes go to a child node that is killed
 * (SIGKILL) at a random moment, at least 20 times; afterwards every TA has its agreed text and one log entry, and
 * every closed vote one log entry and its proposal moved on. Seeded: {@code -Deffects.crash.seed=...} repeats a run.
 */
@IntegrationTest
@TestPropertySource(properties = {"jointly.effects.lease=2s", "jointly.effects.poll=500ms",
        "jointly.effects.first-retry=500ms", "jointly.votes.schedule-delay=1s"})
class EffectsCrashIT {

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    TestApi api;

    @Test
    void everyEffectIsCarriedOutOnceWhateverMomentANodeDies() throws Exception {
        long seed = Long.getLong("effects.crash.seed", System.nanoTime());
        int kills = Integer.getInteger("effects.crash.kills", 20);
        System.out.println("EffectsCrashIT seed " + seed + ", " + kills + " kills");
        try (CrashDrill drill = new CrashDrill(context, api, seed)) {
            drill.setUp();
            for (int round = 0; round < kills; round++) {
                drill.crashOnce(round);
            }
            AtomicReference<List<String>> wrong = new AtomicReference<>();
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                wrong.set(drill.check());
                assertThat(wrong.get()).as("seed " + seed).isEmpty();
            });
            long[] done = drill.agreedAndClosed();
            System.out.printf("EffectsCrashIT seed %d: %d proposals, %d TAs, %d votes, %d closed; %d of %d kills "
                    + "left effects pending%n", seed, drill.proposals(), done[0], drill.votes(), done[1],
                    drill.killsLeavingPending(), kills);
            assertThat(done[0]).as("tentative agreements reached").isPositive();
            assertThat(done[1]).as("votes closed").isPositive();
        }
    }
}
