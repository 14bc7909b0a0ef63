package app.jointly.testsupport;

import app.jointly.Application;
import app.jointly.infra.DatabaseLocation;
import com.hazelcast.core.HazelcastInstance;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Starts another node of the application beside a running test context: same database, same cluster, its own
 * web port and cluster port. Close it to stop the node (as if it died or was shut down).
 */
public final class SecondNode implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private SecondNode(ConfigurableApplicationContext context) {
        this.context = context;
    }

    public static SecondNode joining(ConfigurableApplicationContext first) {
        Environment env = first.getEnvironment();
        DatabaseLocation database = first.getBean(DatabaseLocation.class);
        int clusterPort = TestDatabase.freePort();
        // Command-line arguments, because builder "properties" rank below application.properties.
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class).run(
                "--server.port=0",
                "--jointly.admin.username=admin",
                "--jointly.admin.password=" + TestApi.ADMIN_PASSWORD,
                "--jointly.mongodb.uri=" + database.connectionString(),
                "--jointly.mongodb.database=" + database.database(),
                "--jointly.cluster.name=" + env.getProperty("jointly.cluster.name"),
                "--jointly.cluster.port=" + clusterPort,
                "--jointly.cluster.members=127.0.0.1:" + env.getProperty("jointly.cluster.port"),
                "--jointly.ballot.key-file=" + env.getProperty("jointly.ballot.key-file"));
        SecondNode node = new SecondNode(context);
        node.awaitClusterSize(first.getBean(HazelcastInstance.class), 2, Duration.ofSeconds(30));
        return node;
    }

    public int port() {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    public String baseUrl() {
        return "http://localhost:" + port();
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    private void awaitClusterSize(HazelcastInstance instance, int size, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (instance.getCluster().getMembers().size() < size) {
            if (Instant.now().isAfter(deadline)) {
                close();
                throw new IllegalStateException("The second node did not join the cluster within " + timeout);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
