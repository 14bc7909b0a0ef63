package app.jointly.collab.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SendTimingsTest {

    @Test
    void summarisesQueueWaitAndWriteSeparately() {
        SendTimings timings = new SendTimings();
        for (int i = 1; i <= 100; i++) {
            timings.record(i * 1_000_000L, 500_000L);
        }
        assertThat(timings.summary()).isEqualTo("100; p50/p99 ms: queued 51.0/100.0, write 0.5/0.5");
    }

    @Test
    void saysSoWhenNothingWasSent() {
        assertThat(new SendTimings().summary()).isEqualTo("0; p50/p99 ms: queued -, write -");
    }
}
