package app.jointly.effects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.jointly.testsupport.IntegrationTest;
import app.jointly.testsupport.TestApi;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The crash drill of {@link EffectsCrashIT}, longer: {@code -Deffects.soak.kills} kills (default 300), checked
 * every 50 kills and at the end. Run: {@code ./mvnw -B -Pproduction,bench verify -Dit.test=EffectsSoakBenchmark
 * -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Deffects.soak.kills=300}; figures in docs/benchmarks.md.
 */
@IntegrationTest
@TestPropertySource(properties = {"jointly.effects.lease=2s", "jointly.effects.poll=500ms",
        "jointly.effects.first-retry=500ms", "jointly.votes.schedule-delay=1s"})
class EffectsSoakBenchmark {

    private static final int CHECK_EVERY = 50;

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    TestApi api;

    @Test
    void soak() throws Exception {
        long seed = Long.getLong("effects.crash.seed", System.nanoTime());
        int kills = Integer.getInteger("effects.soak.kills", 300);
        System.out.println("EffectsSoakBenchmark seed " + seed + ", " + kills + " kills");
        long started = System.nanoTime();
        long worstSettleMillis = 0;
        try (CrashDrill drill = new CrashDrill(context, api, seed)) {
            drill.setUp();
            for (int round = 0; round < kills; round++) {
                drill.crashOnce(round);
                if ((round + 1) % CHECK_EVERY == 0 || round + 1 == kills) {
                    long settleStart = System.nanoTime();
                    await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                            .untilAsserted(() -> assertThat(drill.check()).as("seed " + seed).isEmpty());
                    worstSettleMillis = Math.max(worstSettleMillis, (System.nanoTime() - settleStart) / 1_000_000);
                }
            }
            long[] done = drill.agreedAndClosed();
            System.out.printf("EffectsSoakBenchmark seed %d: %d kills in %d s; %d proposals, %d TAs, %d votes, "
                    + "%d closed; %d kills left effects pending; all consistent at most %d ms after a check "
                    + "began%n", seed, kills, (System.nanoTime() - started) / 1_000_000_000, drill.proposals(),
                    done[0], drill.votes(), done[1], drill.killsLeavingPending(), worstSettleMillis);
        }
    }
}
