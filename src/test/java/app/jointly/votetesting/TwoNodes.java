package app.jointly.votetesting;

import app.jointly.Application;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two whole application nodes in one JVM sharing one database (node 1's embedded server) and forming one
 * Hazelcast cluster, for tests and benchmarks of cross-node behaviour. Replace with the lead's second-node helper
 * from {@code app.jointly.testsupport} once it is on main.
 */
public final class TwoNodes implements AutoCloseable {

    public final ConfigurableApplicationContext node1;
    public final ConfigurableApplicationContext node2;

    public TwoNodes() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Path data = Path.of("target", "two-nodes-" + run);
        int mongoPort = freePort();
        int cluster1 = freePort();
        int cluster2 = freePort();
        String members = "127.0.0.1:" + cluster1 + ",127.0.0.1:" + cluster2;
        node1 = start(data.resolve("node1"), cluster1, members, run,
                "--jointly.embedded-mongo.port=" + mongoPort);
        node2 = start(data.resolve("node2"), cluster2, members, run,
                "--jointly.mongodb.uri=mongodb://127.0.0.1:" + mongoPort);
    }

    private static ConfigurableApplicationContext start(Path data, int clusterPort, String members, String run,
                                                        String database) {
        return new SpringApplicationBuilder(Application.class).run(
                "--server.port=0",
                "--jointly.data-dir=" + data.toAbsolutePath(),
                "--jointly.cluster.name=two-nodes-" + run,
                "--jointly.cluster.port=" + clusterPort,
                "--jointly.cluster.members=" + members,
                "--jointly.admin.password=two-nodes-admin-" + run,
                "--jointly.votes.schedule-delay=1h",
                "--vaadin.launch-browser=false",
                // no dev server in the test classpath and no browser here: production mode, views unused
                "--vaadin.productionMode=true",
                "--logging.level.root=WARN",
                database);
    }

    public <T> T bean(ConfigurableApplicationContext node, Class<T> type) {
        return node.getBean(type);
    }

    @Override
    public void close() {
        node2.close();
        node1.close();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port", e);
        }
    }
}
