package app.jointly.infra;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Jointly's own settings. Storage and cluster settings are ours, not Spring Boot's, so that renamed Boot
 * properties cannot break a deployment.
 *
 * @param dataDir folder for the embedded database and other node-local files
 * @param mongodb the real MongoDB to use; when its uri is blank, an embedded server is started
 * @param embeddedMongo the embedded server's loopback port (0 picks a free one)
 * @param cluster this node's Hazelcast member
 */
@ConfigurationProperties("jointly")
public record JointlyProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue Mongodb mongodb,
        @DefaultValue EmbeddedMongo embeddedMongo,
        @DefaultValue Cluster cluster) {

    public record Mongodb(@DefaultValue("") String uri, @DefaultValue("jointly") String database) {

        public boolean configured() {
            return uri != null && !uri.isBlank();
        }
    }

    public record EmbeddedMongo(@DefaultValue("27017") int port) {
    }

    /**
     * @param members comma-separated host:port list of members to join (TCP/IP join); empty means alone
     * @param host the address this member binds to and announces
     */
    public record Cluster(
            @DefaultValue("jointly") String name,
            @DefaultValue("5701") int port,
            @DefaultValue("") List<String> members,
            @DefaultValue("127.0.0.1") String host) {
    }
}
