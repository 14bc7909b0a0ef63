package app.jointly.infra;

import static org.assertj.core.api.Assertions.assertThat;

import app.jointly.testsupport.TestDatabase;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ClusterConfigurationTest {

    @Test
    void aSecondMemberJoinsTheFirstByTcpIp() {
        String name = "unit-" + UUID.randomUUID();
        int firstPort = TestDatabase.freePort();
        int secondPort = TestDatabase.freePort();
        HazelcastInstance first = Hazelcast.newHazelcastInstance(ClusterConfiguration.memberConfig(
                new JointlyProperties.Cluster(name, firstPort, List.of(), "127.0.0.1")));
        HazelcastInstance second = Hazelcast.newHazelcastInstance(ClusterConfiguration.memberConfig(
                new JointlyProperties.Cluster(name, secondPort, List.of("127.0.0.1:" + firstPort), "127.0.0.1")));
        try {
            assertThat(first.getCluster().getMembers()).hasSize(2);
            assertThat(second.getCluster().getMembers()).hasSize(2);
        } finally {
            second.shutdown();
            first.shutdown();
        }
    }
}
