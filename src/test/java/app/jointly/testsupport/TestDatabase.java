package app.jointly.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * Gives every test application context its own database and its own lone Hazelcast member: Testcontainers'
 * MongoDB when a Docker engine answers, otherwise the embedded wire-protocol server. The log says which ran.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);
    private static MongoDBContainer container;
    private static Boolean docker;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> properties = new HashMap<>(nodeProperties());
        properties.putAll(databaseProperties());
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("jointly-test", properties));
    }

    /** A fresh database for one context. */
    public static synchronized Map<String, Object> databaseProperties() {
        if (docker == null) {
            docker = DockerClientFactory.instance().isDockerAvailable();
            log.info(docker ? "Tests use Testcontainers' MongoDB (Docker is available)"
                    : "Tests use the embedded MongoDB-wire-protocol server (no Docker engine here)");
        }
        String database = "test_" + UUID.randomUUID().toString().replace("-", "");
        if (docker) {
            if (container == null) {
                container = new MongoDBContainer("mongo:8.0");
                container.start();
            }
            return Map.of("jointly.mongodb.uri", container.getConnectionString(), "jointly.mongodb.database", database);
        }
        try {
            return Map.of("jointly.mongodb.uri", "", "jointly.embedded-mongo.port", 0,
                    "jointly.data-dir", Files.createTempDirectory("jointly-test").toString(),
                    "jointly.mongodb.database", database);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A cluster member of its own, so that test contexts never join each other by accident, with its own ballot
     * master key (nodes joining it are given the same file, see {@link SecondNode}).
     */
    public static Map<String, Object> nodeProperties() {
        try {
            return Map.of("jointly.cluster.port", freePort(), "jointly.cluster.members", "",
                    "jointly.cluster.name", "test-" + UUID.randomUUID(), "jointly.ballot.key-file",
                    Files.createTempDirectory("jointly-ballot-key").resolve("ballot-master.key").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
