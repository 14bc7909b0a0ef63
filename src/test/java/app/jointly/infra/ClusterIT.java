package app.jointly.infra;

import static org.assertj.core.api.Assertions.assertThat;

import app.jointly.shared.ClusterEvent;
import app.jointly.testsupport.IntegrationTest;
import app.jointly.testsupport.SecondNode;
import app.jointly.testsupport.TestApi;
import app.jointly.testsupport.TestApi.TestUser;
import com.hazelcast.core.HazelcastInstance;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

@IntegrationTest
@Import(ClusterIT.Recorder.class)
class ClusterIT {

    record Ping(String text) implements ClusterEvent {
    }

    @TestConfiguration
    static class Recorder {
        final CopyOnWriteArrayList<Ping> heard = new CopyOnWriteArrayList<>();

        @EventListener
        void on(Ping ping) {
            heard.add(ping);
        }
    }

    @Autowired
    ConfigurableApplicationContext context;
    @Autowired
    TestApi api;
    @Autowired
    HazelcastInstance hazelcast;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    Recorder recorder;

    @Test
    void twoNodesFormOneClusterAndRelayClusterEvents() {
        try (SecondNode second = SecondNode.joining(context)) {
            HazelcastInstance other = second.context().getBean(HazelcastInstance.class);
            assertThat(hazelcast.getCluster().getMembers()).hasSize(2);
            assertThat(other.getCluster().getMembers()).hasSize(2);

            // Two nodes in one JVM must not share who is signed in (a static security context would).
            TestUser user = api.createUser("two-nodes");
            TestApi secondApi = new TestApi(second.context().getEnvironment());
            assertThat(api.get(user.token(), "/api/v1/users/me").text("username")).isEqualTo(user.username());
            assertThat(secondApi.get(user.token(), "/api/v1/users/me").text("username")).isEqualTo(user.username());

            second.context().publishEvent(new Ping("from node 2"));
            Awaitility.await().atMost(10, TimeUnit.SECONDS)
                    .until(() -> recorder.heard.stream().anyMatch(p -> p.text().equals("from node 2")));

            events.publishEvent(new Ping("from node 1"));
            Awaitility.await().pollDelay(500, TimeUnit.MILLISECONDS).atMost(5, TimeUnit.SECONDS).until(() -> true);
            assertThat(recorder.heard.stream().filter(p -> p.text().equals("from node 1")).count())
                    .as("a node hears its own event once, not again through the relay").isEqualTo(1);
        }
        Awaitility.await().atMost(20, TimeUnit.SECONDS).until(() -> hazelcast.getCluster().getMembers().size() == 1);
    }
}
