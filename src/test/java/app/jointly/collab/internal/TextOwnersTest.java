package app.jointly.collab.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceAware;
import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import com.hazelcast.nio.serialization.DataSerializable;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A text's work runs on the member that owns its partition, whichever member it arrived at, and goes to the new
 * owner when the old one leaves before answering.
 */
class TextOwnersTest {

    private final String cluster = "text-owners-" + UUID.randomUUID();
    private final List<HazelcastInstance> members = new java.util.ArrayList<>();
    private final AtomicInteger ranHere = new AtomicInteger();

    @AfterEach
    void stop() {
        members.forEach(m -> m.getLifecycleService().terminate());
    }

    private HazelcastInstance member(int port) {
        Config config = new Config().setClusterName(cluster);
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "slf4j");
        config.getNetworkConfig().setPort(port).setPortAutoIncrement(false);
        JoinConfig join = config.getNetworkConfig().getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).setMembers(List.of("127.0.0.1:15931", "127.0.0.1:15932"));
        config.getNetworkConfig().getInterfaces().setEnabled(false);
        config.setProperty("hazelcast.local.localAddress", "127.0.0.1");
        HazelcastInstance member = Hazelcast.newHazelcastInstance(config);
        members.add(member);
        return member;
    }

    private static String textOwnedBy(HazelcastInstance owner) {
        // partitions are assigned on first use
        owner.getMap(CollabCluster.DOCS).size();
        org.awaitility.Awaitility.await().until(() -> owner.getPartitionService().isClusterSafe()
                && owner.getPartitionService().getPartitions().stream().allMatch(p -> p.getOwner() != null));
        return IntStream.range(0, 1000).mapToObj(i -> "text-" + i)
                .filter(doc -> owner.getPartitionService().getPartition(doc).getOwner().localMember())
                .findFirst().orElseThrow();
    }

    private CollabEngine.PushResult here() {
        ranHere.incrementAndGet();
        return new CollabEngine.PushResult(true, -1);
    }

    @Test
    void aTextsWorkRunsOnItsOwner() {
        HazelcastInstance first = member(15931);
        HazelcastInstance second = member(15932);
        TextOwners owners = new TextOwners(new CollabCluster(first));
        new TextOwners(new CollabCluster(second));

        CollabEngine.PushResult remote = owners.onOwner(textOwnedBy(second), new WhereItRan(0), this::here);
        assertThat(remote.version()).isEqualTo(15932);
        assertThat(ranHere).hasValue(0);

        CollabEngine.PushResult local = owners.onOwner(textOwnedBy(first), new WhereItRan(0), this::here);
        assertThat(local.version()).isEqualTo(-1);
        assertThat(ranHere).hasValue(1);
    }

    @Test
    void workWhoseOwnerLeavesBeforeAnsweringGoesToTheNewOwner() throws Exception {
        HazelcastInstance first = member(15931);
        HazelcastInstance second = member(15932);
        TextOwners owners = new TextOwners(new CollabCluster(first));
        new TextOwners(new CollabCluster(second));
        String doc = textOwnedBy(second);

        Thread crash = Thread.ofVirtual().start(() -> {
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            second.getLifecycleService().terminate();
        });
        CollabEngine.PushResult result = owners.onOwner(doc, new WhereItRan(10_000), this::here);
        crash.join();

        assertThat(result.version()).isEqualTo(-1);
        assertThat(ranHere).hasValue(1);
    }

    /** Answers the port of the member it ran on, after an optional pause. */
    public static final class WhereItRan implements Callable<OwnerAnswer>, DataSerializable, HazelcastInstanceAware {
        private long pauseMs;
        private transient HazelcastInstance hazelcast;

        public WhereItRan() {
        }

        WhereItRan(long pauseMs) {
            this.pauseMs = pauseMs;
        }

        @Override
        public void setHazelcastInstance(HazelcastInstance hazelcast) {
            this.hazelcast = hazelcast;
        }

        @Override
        public OwnerAnswer call() throws InterruptedException {
            Thread.sleep(pauseMs);
            int port = hazelcast.getCluster().getLocalMember().getAddress().getPort();
            return OwnerAnswer.of(() -> new CollabEngine.PushResult(true, port));
        }

        @Override
        public void writeData(ObjectDataOutput out) throws IOException {
            out.writeLong(pauseMs);
        }

        @Override
        public void readData(ObjectDataInput in) throws IOException {
            pauseMs = in.readLong();
        }
    }
}
