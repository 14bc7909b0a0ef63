package app.jointly.collab.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PushQueuesTest {

    private final PushQueues queues = new PushQueues();

    @Test
    void aQueueStaysWhileAnyoneUsesItAndGoesWithTheLast() {
        PushQueue first = queues.enter("doc");
        PushQueue second = queues.enter("doc");
        assertThat(second).isSameAs(first);
        queues.leave("doc");
        // someone arriving now must still meet the one still inside
        assertThat(queues.enter("doc")).isSameAs(first);
        queues.leave("doc");
        queues.leave("doc");
        assertThat(queues.size()).isZero();
        assertThat(queues.enter("doc")).isNotSameAs(first);
        assertThat(queues.enter("other")).isNotSameAs(queues.enter("doc"));
    }

    @Test
    void usersOverlappingOnManyThreadsAlwaysShareOneQueue() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        CountDownLatch done = new CountDownLatch(8);
        PushQueue[] seen = new PushQueue[8];
        PushQueue anchor = queues.enter("doc");
        for (int t = 0; t < 8; t++) {
            int index = t;
            threads.submit(() -> {
                for (int i = 0; i < 10_000; i++) {
                    PushQueue queue = queues.enter("doc");
                    if (queue != anchor) {
                        seen[index] = queue;
                    }
                    queues.leave("doc");
                }
                done.countDown();
            });
        }
        assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
        threads.shutdown();
        assertThat(seen).containsOnlyNulls();
        queues.leave("doc");
        assertThat(queues.size()).isZero();
    }
}
