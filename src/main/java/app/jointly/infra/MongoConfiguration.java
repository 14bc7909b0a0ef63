package app.jointly.infra;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;

/**
 * Chooses the database: the configured MongoDB when {@code jointly.mongodb.uri} is set, otherwise the embedded
 * wire-protocol server. Either way the application talks to it through the official driver and Spring Data.
 */
@Configuration(proxyBeanMethods = false)
class MongoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MongoConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedMongoHolder embeddedMongoHolder(JointlyProperties properties) {
        if (properties.mongodb().configured()) {
            return new EmbeddedMongoHolder(Optional.empty());
        }
        return new EmbeddedMongoHolder(Optional.of(
                EmbeddedMongoServer.start(properties.dataDir().resolve("mongo"), properties.embeddedMongo().port())));
    }

    @Bean
    DatabaseLocation databaseLocation(JointlyProperties properties, EmbeddedMongoHolder embedded) {
        String uri = embedded.server().map(EmbeddedMongoServer::connectionString)
                .orElseGet(() -> properties.mongodb().uri());
        if (embedded.server().isEmpty()) {
            log.info("Using the configured MongoDB at {}", redact(uri));
        }
        return new DatabaseLocation(uri, properties.mongodb().database(), embedded.server().isPresent());
    }

    @Bean(destroyMethod = "close")
    MongoClient mongoClient(DatabaseLocation location) {
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(location.connectionString()))
                .applicationName("jointly")
                .build());
    }

    @Bean
    MongoDatabaseFactory mongoDatabaseFactory(MongoClient client, DatabaseLocation location) {
        return new SimpleMongoClientDatabaseFactory(client, location.database());
    }

    private static String redact(String uri) {
        return uri.replaceAll("//[^@/]*@", "//***@");
    }

    record EmbeddedMongoHolder(Optional<EmbeddedMongoServer> server) implements AutoCloseable {
        @Override
        public void close() {
            server.ifPresent(EmbeddedMongoServer::close);
        }
    }
}
